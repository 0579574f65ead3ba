import { itHasCompleteCatalogs } from '../../../../tooling/catalogs';
import { outboxStatuses, supplyRequestStatuses } from '../core';
import { attentionReasons, retryReasons } from '../core/outbox/types';
import * as codes from '../core/validation/codes';
import { validationMessages } from '../core/validation/messages';
import { shelterFormsCatalogs } from '.';

const { ja = {}, en = {} } = shelterFormsCatalogs;
const locales = ['ja', 'en', 'ja-easy'] as const;
const has = (key: string) => {
  for (const locale of locales)
    expect(shelterFormsCatalogs[locale]?.[key], `${locale}: ${key}`).toBeTruthy();
};

describe('shelter-forms catalogs', () => {
  itHasCompleteCatalogs(shelterFormsCatalogs);

  it('words every validation message as the wire does, so a form and a 422 say the same', () => {
    for (const [key, message] of Object.entries(validationMessages)) {
      expect(ja[`shelter.validation.${key}`], key).toBe(message.ja);
      expect(en[`shelter.validation.${key}`], key).toBe(message.en);
      has(`shelter.validation.${key}`);
    }
  });

  it('names every outbox status and reason, and every supply-request status', () => {
    for (const status of outboxStatuses) has(`shelter.outbox.status.${status}`);
    for (const reason of retryReasons) has(`shelter.outbox.retryReason.${reason}`);
    for (const reason of attentionReasons) has(`shelter.outbox.attentionReason.${reason}`);
    for (const status of supplyRequestStatuses) has(`shelter.supplyRequestStatus.${status}`);
    for (const problem of ['quota_exceeded', 'unavailable'])
      has(`shelter.outbox.storage.${problem}`);
  });

  it('names every value of every code list', () => {
    const lists: Record<string, readonly string[]> = {
      openingStatus: codes.openingStatuses,
      safetyCheckItem: codes.safetyCheckItems,
      safetyCheckResult: codes.safetyCheckResults,
      occupancyStatus: codes.occupancyStatuses,
      careNeed: codes.careNeedCategories,
      staffSupport: codes.staffSupportKinds,
      supplyLevel: codes.supplyLevels,
      lifeline: codes.lifelineKinds,
      lifelineStatus: codes.lifelineStatuses,
      spaceCondition: codes.spaceConditions,
      facilityAvailability: codes.facilityAvailabilities,
      supplyItem: codes.supplyItems,
      supplyUnit: codes.supplyUnits,
      damageKind: codes.damageKinds,
      damageSeverity: codes.damageSeverities,
    };
    for (const [list, values] of Object.entries(lists)) {
      for (const value of values) has(`shelter.code.${list}.${value}`);
    }
  });
});
