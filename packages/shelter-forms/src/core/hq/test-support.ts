// Responses recorded from the reference server (@machi-dx/server with its sample data, signed in as
// sample-hq) on 2026-11-25, trimmed to two shelters: the fakes in these tests answer with them, so
// the client is tested against the server's real shapes without depending on the server package.
import type { HqOverview, HqReport, HqShelterList, HqSupplyRequest } from './types';

export const recordedAccount = {
  id: '52e3e64b-7240-41bf-b104-f429d974f177',
  username: 'sample-hq',
  displayName: '災害対策本部（サンプル）',
  role: 'hq',
};

export const recordedShelters: HqShelterList = {
  generatedAt: '2026-11-26T00:43:46.136+09:00',
  staleAfterMinutes: 180,
  shelters: [
    {
      nationalShelterId: 'E3820390001111',
      localGovernmentCode: '382035',
      name: '北浦小学校（サンプル）',
      address: '愛媛県宇和島市北浦町1番1号（架空の住所）',
      designation: 'shelter',
      shelterType: 'general',
      location: {
        type: 'Point',
        coordinates: [132.563142, 33.205683],
      },
      sample: true,
      status: {
        openingStatus: 'open',
        evacueeTotal: 120,
        evacueeTotalUnconfirmed: false,
        careNeeds: {
          elderlyNeedingCare: 8,
          infants: 5,
          foreignResidents: 3,
        },
        careNeedsTotal: 16,
        occupancyStatus: 'available',
        lifelines: {
          gas: 'unknown',
          power: 'available',
          water: 'unavailable',
          telecom: 'partially_disrupted',
        },
        openSupplyRequests: 1,
        reportCount: 4,
        lastReportAt: '2026-11-26T00:03:43.699+09:00',
        lastReceivedAt: '2026-11-26T00:04:43.699+09:00',
        minutesSinceLastReport: 40,
        stale: false,
      },
    },
    {
      nationalShelterId: 'E3820390002111',
      localGovernmentCode: '382035',
      name: '北浦中学校（サンプル）',
      address: '愛媛県宇和島市北浦町2番2号（架空の住所）',
      designation: 'shelter',
      shelterType: 'general',
      location: {
        type: 'Point',
        coordinates: [132.559222, 33.238393],
      },
      sample: true,
      status: {
        openingStatus: null,
        evacueeTotal: null,
        evacueeTotalUnconfirmed: false,
        careNeeds: {},
        careNeedsTotal: 0,
        occupancyStatus: null,
        lifelines: {},
        openSupplyRequests: 0,
        reportCount: 0,
        lastReportAt: null,
        lastReceivedAt: null,
        minutesSinceLastReport: null,
        stale: false,
      },
    },
  ],
};

export const recordedOverview: HqOverview = {
  generatedAt: '2026-11-26T00:43:46.244+09:00',
  staleAfterMinutes: 180,
  shelters: {
    total: 20,
    open: 4,
    byOpeningStatus: {
      not_opened: 0,
      open: 4,
      closed: 1,
      unknown: 0,
      permanent: 0,
      not_reported: 15,
    },
  },
  evacuees: {
    total: 196,
    unconfirmedShelters: 1,
  },
  careNeeds: {
    total: 37,
    byCategory: {
      elderlyNeedingCare: 25,
      disabled: 2,
      pregnantOrNursing: 0,
      infants: 5,
      foreignResidents: 3,
      chronicIllnessOrAllergy: 0,
      medicalDevices: 2,
    },
  },
  supplyRequests: {
    open: 2,
    byStatus: {
      requested: 1,
      procuring: 1,
      in_transit: 0,
    },
  },
  staleShelters: [
    {
      nationalShelterId: 'E3820390005111',
      name: '南山小学校（サンプル）',
      lastReportAt: '2026-11-25T19:43:43.699+09:00',
      minutesSinceLastReport: 300,
    },
  ],
};

export const recordedSupplyRequests: HqSupplyRequest[] = [
  {
    id: '01a21360-8a9c-75e9-89b4-fd941a184efa',
    shelterId: 'E3820390001111',
    shelterName: '北浦小学校（サンプル）',
    status: 'procuring',
    requestedAt: '2026-11-25T23:53:43.699+09:00',
    neededBy: '2026-11-26T05:53:43.699+09:00',
    items: [
      {
        item: 'food',
        unit: 'meal',
        quantity: 360,
      },
      {
        item: 'infant_formula',
        unit: 'piece',
        itemName: '液体ミルク',
        quantity: 10,
      },
      {
        item: 'other',
        unit: 'sheet',
        itemName: 'ブルーシート',
        quantity: 20,
      },
    ],
    beneficiaries: 120,
    receivedAt: '2026-11-25T23:54:43.699+09:00',
    statusChangedAt: '2026-11-26T00:03:43.699+09:00',
    sample: true,
  },
  {
    id: '01a21360-8ada-720f-9015-d64eb6edc1bf',
    shelterId: 'E3820390004121',
    shelterName: '北浦福祉センター（サンプル）',
    status: 'requested',
    requestedAt: '2026-11-26T00:18:43.699+09:00',
    items: [
      {
        item: 'adult_diapers',
        unit: 'piece',
        quantity: 60,
      },
      {
        item: 'portable_toilets',
        unit: 'piece',
        quantity: 100,
      },
    ],
    beneficiaries: 18,
    receivedAt: '2026-11-26T00:19:43.699+09:00',
    statusChangedAt: '2026-11-26T00:19:43.699+09:00',
    sample: true,
  },
];

export const recordedReports: HqReport[] = [
  {
    id: '01a21360-8ab8-7204-946a-beef0b7e6bf7',
    kind: 'damage',
    formVersion: 1,
    createdAt: '2026-11-26T00:03:43.699+09:00',
    receivedAt: '2026-11-26T00:04:43.699+09:00',
    enteredBy: 'sample',
    sample: true,
    data: {
      photos: [],
      latitude: 33.2233,
      severity: 'severe',
      longitude: 132.5606,
      damageKind: 'road',
      reportedAt: '2026-11-26T00:03:43.699+09:00',
      description: '避難所前の市道が陥没し通行できない',
    },
  },
  {
    id: '01a21360-8a9c-75e9-89b4-fd941a184efa',
    kind: 'supply_request',
    formVersion: 1,
    createdAt: '2026-11-25T23:53:43.699+09:00',
    receivedAt: '2026-11-25T23:54:43.699+09:00',
    enteredBy: 'sample',
    sample: true,
    data: {
      // The same lines as the first supply request (the same report, as the queue shows it).
      items: recordedSupplyRequests[0]?.items,
      neededBy: '2026-11-26T05:53:43.699+09:00',
      requestedAt: '2026-11-25T23:53:43.699+09:00',
      beneficiaries: 120,
    },
    supplyRequest: {
      status: 'procuring',
      statusChangedAt: '2026-11-26T00:03:43.699+09:00',
    },
  },
];

export const recordedErrors = {
  invalidCredentials: {
    code: 'invalid_credentials',
    message: {
      ja: 'ユーザー名またはパスフレーズが正しくありません。',
      en: 'The username or passphrase is not correct.',
    },
  },
  backwards: {
    status: 'procuring',
    allowed: ['in_transit', 'arrived'],
    code: 'invalid_status_transition',
    message: {
      ja: '物資要請の状況は、要請→調達→輸送→到着の順に進めることだけができます。戻すことはできません。',
      en: 'A supply request only moves forward (requested → procuring → in transit → arrived), never back.',
    },
  },
  unknownStatus: {
    code: 'validation_failed',
    message: {
      ja: '入力内容に誤りがあります。各項目を確認してください。',
      en: 'Some of the information is not valid. Check each field.',
    },
    errors: [
      {
        path: 'status',
        code: 'invalid_value',
        message: {
          ja: '次のいずれかを指定してください: "requested", "procuring", "in_transit", "arrived"',
          en: 'Must be one of: "requested", "procuring", "in_transit", "arrived".',
        },
      },
    ],
  },
};

/** A fetch answering from a table of `METHOD path` → [status, body, headers]; records calls. */
export function recordedFetch(
  routes: Record<string, readonly [number, unknown, Record<string, string>?]>,
) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    calls.push({ url, init });
    const path = url.replace(/^https?:\/\/[^/]+/, '');
    const route = routes[`${init?.method ?? 'GET'} ${path}`];
    if (!route) return new Response('<h1>Not Found</h1>', { status: 404 });
    const [status, body, headers] = route;
    return new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json', ...headers },
    });
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}
