import { type Locale, type Translate, useLocale, VisuallyHidden } from '@machi-dx/ui';
import type { HTMLAttributes, MouseEvent } from 'react';
import type { ReportKind } from '../../core/kinds';
import type { FieldSpec } from '../../core/validation/fields';
import { reportFieldSpecs } from '../../core/validation/report';
import { choiceKey, labelKey, readPath } from '../../hooks/fieldPaths';
import { formatCount, formatDateTime } from '../../hooks/format';

/**
 * A value as words: a count with grouping, a time in Tokyo, a code's name, a list joined; a group's
 * parts with their names (電気 使用可), a line's parts without (食料 360 食).
 */
function formatValue(
  spec: FieldSpec,
  value: unknown,
  path: string,
  t: Translate,
  locale: Locale,
  inList = false,
): string {
  if (value === undefined || value === null || value === '') return '';
  switch (spec.type) {
    case 'integer':
    case 'number':
      return typeof value === 'number' ? formatCount(value, locale) : String(value);
    case 'datetime':
      return formatDateTime(String(value), locale);
    case 'enum':
      return t(choiceKey(spec.values, String(value)));
    case 'array':
      if (!Array.isArray(value)) return String(value);
      return value
        .map((item) => formatValue(spec.items, item, path, t, locale, true))
        .join(t('shelter.form.listSeparator'));
    case 'object': {
      const parts = Object.entries(spec.fields).map(([key, part]) => {
        const text = formatValue(
          part,
          (value as Record<string, unknown>)[key],
          `${path}.${key}`,
          t,
          locale,
        );
        return text && !inList ? `${t(labelKey(`${path}.${key}`))} ${text}` : text;
      });
      return parts.filter(Boolean).join(inList ? ' ' : t('shelter.form.listSeparator'));
    }
    default:
      return String(value);
  }
}

/** Props of {@link ReportSummary}. */
export interface ReportSummaryProps extends HTMLAttributes<HTMLDListElement> {
  /** The translator of the surrounding component (its catalogs have the kind's labels). */
  t: Translate;
  kind: ReportKind;
  data: Readonly<Record<string, unknown>>;
  /** The fields to list, in this order; default every field of the kind. */
  paths?: readonly string[] | undefined;
  /** Offers a 変更 link per answer (the check step); called with the field's path. */
  onChangeField?: ((path: string, event: MouseEvent<HTMLAnchorElement>) => void) | undefined;
  /** The control id of a path, for the 変更 links' `href`. */
  fieldId?: ((path: string) => string) | undefined;
}

/**
 * A report's answers as a summary list (GOV.UK "check answers"), driven by the kind's field specs:
 * the check step of every form and the report history on the HQ side show the same words.
 * Answers left empty are left out, unless marked 未確認.
 */
export function ReportSummary({
  t,
  kind,
  data,
  paths,
  onChangeField,
  fieldId,
  className,
  ...props
}: ReportSummaryProps) {
  const { locale } = useLocale();
  const specs = reportFieldSpecs[kind];
  const unconfirmed = new Set((data.unconfirmedFields as string[] | undefined) ?? []);
  const rows = (paths ?? Object.keys(specs)).flatMap((path) => {
    const spec = specs[path];
    if (!spec || path === 'unconfirmedFields') return [];
    const value = readPath(data, path);
    const text =
      path === 'photos' && Array.isArray(value)
        ? t('shelter.form.photoCount', { count: value.length })
        : formatValue(spec, value, path, t, locale);
    const isUnconfirmed = unconfirmed.has(path);
    if (!text && !isUnconfirmed) return [];
    return [{ path, text, isUnconfirmed }];
  });
  return (
    <dl
      className={className ? `machi-report-summary ${className}` : 'machi-report-summary'}
      {...props}
    >
      {rows.map(({ path, text, isUnconfirmed }) => (
        <div
          key={path}
          className="machi-report-summary__row"
          data-unconfirmed={isUnconfirmed || undefined}
        >
          <dt className="machi-report-summary__key">{t(labelKey(path))}</dt>
          <dd className="machi-report-summary__value">
            {text}
            {isUnconfirmed && (
              <span className="machi-report-summary__tag">{t('shelter.form.unconfirmed')}</span>
            )}
          </dd>
          {onChangeField && (
            <dd className="machi-report-summary__action">
              <a
                href={`#${fieldId?.(path) ?? path}`}
                className="machi-focus-ring"
                onClick={(event) => onChangeField(path, event)}
              >
                {t('shelter.form.change')}
                <VisuallyHidden>
                  {t('shelter.form.about', { name: t(labelKey(path)) })}
                </VisuallyHidden>
              </a>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
