import type { SupplyItem, SupplyUnit } from '../../core/validation/codes';
import type { SupplyLine } from '../../core/validation/supply-request';

/** The unit each basic item is usually counted in, filled in when the item is chosen. */
export const defaultSupplyUnits: Readonly<Partial<Record<SupplyItem, SupplyUnit>>> = {
  food: 'meal',
  blankets: 'sheet',
  infant_formula: 'piece',
  infant_diapers: 'piece',
  adult_diapers: 'piece',
  portable_toilets: 'piece',
  toilet_paper: 'roll',
  sanitary_products: 'pack',
};

type Lines = { [key: string]: unknown };

/**
 * An `adjust` for a form with supply lines at `listPath`: when a line's item changes and it has no
 * unit yet, the item's usual unit is filled in (one tap fewer; a person can still change it).
 */
export function withDefaultUnits<T>(listPath: string) {
  return (next: T, previous: T): T => {
    const lines = (next as Lines)[listPath] as Partial<SupplyLine>[] | undefined;
    const before = (previous as Lines)[listPath] as Partial<SupplyLine>[] | undefined;
    if (!Array.isArray(lines)) return next;
    let changed = false;
    const adjusted = lines.map((line, index) => {
      const unit = line?.item ? defaultSupplyUnits[line.item] : undefined;
      if (!unit || line.unit || line.item === before?.[index]?.item) return line;
      changed = true;
      return { ...line, unit };
    });
    return changed ? ({ ...next, [listPath]: adjusted } as T) : next;
  };
}
