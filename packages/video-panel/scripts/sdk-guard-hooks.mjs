// Module resolution hooks for check-lazy-sdk.mjs: resolving the Zoom SDK at import time is an error.
export async function resolve(specifier, context, nextResolve) {
  if (specifier === '@zoom/videosdk' || specifier.startsWith('@zoom/videosdk/')) {
    throw new Error(
      `@zoom/videosdk was imported by ${context.parentURL} while loading the package`,
    );
  }
  return nextResolve(specifier, context);
}
