import { createRoute, z } from '@hono/zod-openapi';
import type { ApiRouter } from '../app.ts';
import { requireSession } from '../auth/require-session.ts';
import { SESSION_SECURITY_SCHEME } from '../auth/routes.ts';
import { ApiError, apiError } from '../errors.ts';
import { errorResponses } from '../routes/schemas.ts';
import { recordHqEvent } from './events.ts';
import { parseShelterFile, upsertShelters } from './master-data.ts';
import type { ShelterRuntime } from './runtime.ts';
import { ImportResponse } from './schemas.ts';

/** The path whose body limit is raised (relative to `/api/v1`). */
export const IMPORT_PATH = '/hq/shelters/import';

const csvBody = { schema: z.string().openapi({ type: 'string', format: 'binary' }) };

/** `POST /hq/shelters/import` (HQ only). */
export function registerImportRoute(api: ApiRouter, runtime: ShelterRuntime) {
  const route = createRoute({
    method: 'post',
    path: IMPORT_PATH,
    tags: ['hq'],
    summary: 'Import shelter master data (CSV)',
    description: [
      'The GSI 指定避難所 / 指定緊急避難場所 CSV or the Digital Agency standard dataset sheet 03, UTF-8 (with or without BOM) or Shift_JIS, sent as the raw body (`text/csv`; Excel on Windows labels files `application/vnd.ms-excel`) or as the `file` field of `multipart/form-data`.',
      `Shelters are inserted or updated by their national ID; reports are never touched. Malformed rows are listed in \`rowErrors\` with their line numbers and skipped; the rest are imported in one transaction. \`?dryRun=true\` answers the same without writing. A file with nothing to import: 422. At most ${Math.round(runtime.importBodyLimitBytes / 1024 / 1024)} MiB.`,
    ].join('\n\n'),
    security: [{ [SESSION_SECURITY_SCHEME]: [] }],
    middleware: [requireSession({ roles: ['hq'] })] as const,
    request: {
      query: z.object({
        dryRun: z
          .enum(['true', 'false', '1', '0'])
          .optional()
          .openapi({ description: 'Check the file without writing.' }),
      }),
      body: {
        required: false,
        content: {
          'text/csv': csvBody,
          'application/vnd.ms-excel': csvBody,
          'text/plain': csvBody,
          'application/octet-stream': csvBody,
          'multipart/form-data': {
            schema: z.object({
              file: z.any().openapi({ type: 'string', format: 'binary' }),
            }),
          },
        },
      },
    },
    responses: {
      200: {
        description: 'What was imported, and what was not',
        content: { 'application/json': { schema: ImportResponse } },
      },
      ...errorResponses(401, 403, 413, 415, 422),
    },
  });

  api.openapi(route, async (c) => {
    const dryRun = ['true', '1'].includes(c.req.valid('query').dryRun ?? '');
    const bytes = await readUpload(c.req.raw.headers.get('content-type'), c);
    if (bytes.byteLength === 0) {
      throw apiError('validation_failed', {
        errors: [
          {
            path: 'file',
            code: 'required',
            message: { ja: 'CSVファイルを選んでください。', en: 'Choose a CSV file.' },
          },
        ],
      });
    }
    const parsed = parseShelterFile(bytes);
    const { format } = parsed;
    if (!format || parsed.shelters.length === 0) {
      throw new ApiError(
        422,
        format ? 'nothing_to_import' : 'unknown_format',
        format
          ? {
              ja: '読み込める行がありませんでした。各行の問題を確認してください。',
              en: 'No row could be imported. See the problem of each row.',
            }
          : {
              ja: '国土地理院の避難所データまたは自治体標準オープンデータセットの形式ではありません。',
              en: 'This is not a GSI shelter file or a Digital Agency standard dataset file.',
            },
        { details: { rowErrors: parsed.errors, rowWarnings: parsed.warnings } },
      );
    }
    let counts = { created: 0, updated: 0 };
    if (dryRun) {
      const ids = parsed.shelters.map((shelter) => shelter.nationalShelterId);
      const [existing] = await c
        .get('db')
        .query<{ n: number }>('select count(*) as n from shelters where id = any($1)', [ids]);
      const updated = Number(existing?.n ?? 0);
      counts = { created: ids.length - updated, updated };
    } else {
      counts = await c.get('db').transaction(async (tx) => {
        const result = await upsertShelters(tx, parsed.shelters, { sample: false });
        await recordHqEvent(tx, 'shelters_imported', {
          imported: parsed.shelters.length,
          ...result,
        });
        return result;
      });
    }
    return c.json(
      {
        dryRun,
        format,
        encoding: parsed.encoding,
        imported: parsed.shelters.length,
        ...counts,
        rowErrors: parsed.errors,
        rowWarnings: parsed.warnings,
      },
      200,
    );
  });
}

/** The uploaded file's bytes: the raw body, or the `file` field of a multipart form. */
async function readUpload(
  contentType: string | null,
  c: {
    req: { arrayBuffer(): Promise<ArrayBuffer>; parseBody(): Promise<Record<string, unknown>> };
  },
): Promise<Uint8Array> {
  if (contentType && /^multipart\/form-data/i.test(contentType)) {
    const file = (await c.req.parseBody()).file;
    if (file instanceof Blob) return new Uint8Array(await file.arrayBuffer());
    if (typeof file === 'string') return new TextEncoder().encode(file);
    return new Uint8Array();
  }
  return new Uint8Array(await c.req.arrayBuffer());
}
