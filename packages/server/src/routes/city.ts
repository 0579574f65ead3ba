import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { apiError } from '../errors.ts';
import type { AppEnv } from '../http/env.ts';
import type { LocalizedName, SiteAddress } from '../seed/sample-city.ts';
import { errorResponses, LocalizedNameSchema } from './schemas.ts';

const AddressSchema = z
  .object({
    postalCode: z.string().optional().openapi({ example: '798-8601' }),
    ja: z.string().optional(),
    en: z.string().optional(),
  })
  .openapi('Address');

const SiteSchema = z
  .object({
    id: z.string().openapi({ example: 'main-office' }),
    kind: z.enum(['main', 'branch']),
    name: LocalizedNameSchema,
    address: AddressSchema.optional(),
  })
  .openapi('Site');

const CitySchema = z
  .object({
    name: LocalizedNameSchema,
    sampleData: z
      .boolean()
      .openapi({ description: 'True when the city and its sites are sample data.' }),
    sites: z.array(SiteSchema).openapi({ description: 'Main office first, then branches.' }),
  })
  .openapi('City');

const cityRoute = createRoute({
  method: 'get',
  path: '/city',
  tags: ['city'],
  summary: 'The city and its offices',
  responses: {
    200: { description: 'The city', content: { 'application/json': { schema: CitySchema } } },
    ...errorResponses(404),
  },
});

interface CityRow {
  name: LocalizedName;
  sample: boolean;
}

interface SiteRow {
  id: string;
  kind: 'main' | 'branch';
  name: LocalizedName;
  address: SiteAddress | null;
}

/** Registers `GET /city`; 404 `city_not_configured` until a city row exists. */
export function registerCityRoute(api: OpenAPIHono<AppEnv>) {
  api.openapi(cityRoute, async (c) => {
    const db = c.get('db');
    const [city] = await db.query<CityRow>('select name, sample from city');
    if (!city) throw apiError('city_not_configured');
    const sites = await db.query<SiteRow>(
      `select id, kind, name, address from sites
       order by case kind when 'main' then 0 else 1 end, sort_order, id`,
    );
    return c.json(
      {
        name: city.name,
        sampleData: city.sample,
        sites: sites.map(({ id, kind, name, address }) => ({
          id,
          kind,
          name,
          ...(address ? { address } : {}),
        })),
      },
      200,
    );
  });
}
