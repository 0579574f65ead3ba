// The part of the outbox only pages with photos need, loaded by `import()` on first need (see
// loadPhotoQueue): saving a photo of a draft, copying photos to a correction, re-queueing refused
// ones, and the uploader. A status form's bundle carries none of it.
export { OutboxPhotos } from './outbox-photos';
export { PhotoDatabase, preparedBytes } from './photo-database';
export { uploadNextPhoto } from './photo-sync';
