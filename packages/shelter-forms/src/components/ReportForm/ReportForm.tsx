import {
  Button,
  type Catalogs,
  ErrorSummary,
  focusErrorField,
  Notice,
  useErrorTitle,
} from '@machi-dx/ui';
import {
  type ComponentType,
  type FormEvent,
  forwardRef,
  type HTMLAttributes,
  type ReactNode,
  type RefAttributes,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { ReportKind } from '../../core/kinds';
import type { Outbox } from '../../core/outbox/outbox';
import type { ReportDataByKind } from '../../core/validation/report';
import { type ReportFields, useReportFields } from '../../hooks/useReportFields';
import { useReportForm } from '../../hooks/useReportForm';
import { AutosaveStatus, StorageProblemNotice } from './AutosaveStatus';
import { type FieldRenderer, FieldsContext } from './FieldsContext';
import { ReportSummary } from './ReportSummary';
import { SpecField } from './SpecField';
import { SubmissionConfirmation } from './SubmissionConfirmation';
import './report-form.css';

/** The props every report form takes: where it reports, its draft, and the form's native props. */
export interface ReportFormProps<K extends ReportKind>
  extends Omit<HTMLAttributes<HTMLDivElement>, 'title' | 'onSubmit'> {
  /** The shelter's outbox, created and started once by the app. */
  outbox: Outbox;
  /** 全国共通避難所・避難場所ID of the reporting shelter. */
  shelterId: string;
  /** Resume this draft (after a reload, or a correction started in OutboxStatus). */
  draftId?: string | undefined;
  /** Starting values of a new report, e.g. the last report's counts. */
  initialData?: Partial<ReportDataByKind[K]> | undefined;
  /** Show the answers for checking before queueing; default true. */
  checkAnswers?: boolean | undefined;
  /** Offer 未確認 toggles (a first report: "write what you know within 30 minutes"). */
  allowUnconfirmed?: boolean | undefined;
  /** Prefix of every control id, so a page can link to fields; generated when omitted. */
  idPrefix?: string | undefined;
  /** The form's heading level in the page outline; sections use the next level. Default 2. */
  headingLevel?: 2 | 3 | undefined;
  /** The clock of the 今の時刻 buttons and of default times (tests and demos fix it). */
  now?: (() => Date) | undefined;
  /** Called once the report is queued (saved on this device), with its id. */
  onQueued?: ((reportId: string) => void) | undefined;
  /** Wait after the last change before autosaving; default 250 ms. */
  autosaveDelayMs?: number | undefined;
}

/** A titled part of a form and the fields it shows, in order. */
export interface FormSection {
  /** Catalog key of the section heading; none for a form short enough not to need one. */
  title?: string;
  /** The fields, in order (also the order of the error summary). */
  paths: readonly string[];
  /** Lay short answers out side by side where there is room. */
  grid?: boolean;
  /** Renders the section's fields the form's own way (they still render through SpecField). */
  Body?: ComponentType;
}

/** What a concrete form adds to {@link ReportFormProps}. */
export interface ReportFormDefinition<K extends ReportKind> {
  kind: K;
  /** The messages the form shows (shared ones plus its own part). */
  catalogs: Catalogs;
  sections: readonly FormSection[];
  /** Fields rendered the form's own way. */
  renderers?: Readonly<Record<string, FieldRenderer>>;
  /** Fields rendered with no control per part (photos): errors about a part link to the field. */
  wholeFields?: readonly string[];
  /** Values of a new draft, before `initialData`. */
  defaults?: (now: Date) => Partial<ReportDataByKind[K]>;
  adjust?: (
    next: Partial<ReportDataByKind[K]>,
    previous: Partial<ReportDataByKind[K]>,
  ) => Partial<ReportDataByKind[K]>;
  /** Whether 未確認 toggles are offered when the app does not say. */
  unconfirmedByDefault?: (data: Partial<ReportDataByKind[K]>) => boolean;
  /** Text under the heading (e.g. what the form is for). */
  intro?: ReactNode;
}

const systemNow = () => new Date();

/**
 * Where an error-summary link goes: the field itself, the list for an error about one of its items
 * as a whole (`photos.1`), or a field the form renders as a whole (the photos).
 */
function summaryTarget(path: string, wholeFields: readonly string[] | undefined): string {
  const head = path.split('.')[0] ?? path;
  if (wholeFields?.includes(head)) return head;
  return path.replace(/\.\d+$/, '');
}

/** The name of a field in the error summary, with its group and line (物資 1件目 数量). */
function summaryLabel(path: string, fields: ReportFields): string {
  const [head = '', ...rest] = path.split('.');
  if (rest.length === 0) return fields.label(head);
  const index = /^\d+$/.test(rest[0] ?? '') ? Number(rest[0]) : undefined;
  const parts = [fields.label(head)];
  if (index !== undefined) parts.push(fields.t('shelter.form.line', { n: index + 1 }));
  if (rest.length > (index === undefined ? 0 : 1)) parts.push(fields.label(path));
  return parts.join(' ');
}
const none: Readonly<Record<string, FieldRenderer>> = {};

/**
 * The engine of the five report forms. It holds which draft is on screen: a correction or a new
 * report swaps in another draft (another id), so a report already queued or sent is never changed.
 */
const ReportFormRoot = /* @__PURE__ */ forwardRef<
  HTMLDivElement,
  ReportFormProps<ReportKind> & { definition: ReportFormDefinition<ReportKind> }
>(function ReportForm({ draftId, ...props }, ref) {
  const [current, setCurrent] = useState({
    draftId,
    supersedes: undefined as string | undefined,
    generation: 0,
  });
  return (
    <ReportFormBody
      key={current.generation}
      ref={ref}
      {...props}
      draftId={current.draftId}
      supersedes={current.supersedes}
      onSwitch={(next) =>
        setCurrent((previous) => ({ ...next, generation: previous.generation + 1 }))
      }
    />
  );
});

/** The report form engine, typed for one kind: a form passes its definition and its props. */
export const ReportForm = ReportFormRoot as unknown as <K extends ReportKind>(
  props: ReportFormProps<K> & {
    definition: ReportFormDefinition<K>;
  } & RefAttributes<HTMLDivElement>,
) => ReactNode;

type BodyProps = ReportFormProps<ReportKind> & {
  definition: ReportFormDefinition<ReportKind>;
  supersedes: string | undefined;
  onSwitch: (next: { draftId: string | undefined; supersedes: string | undefined }) => void;
};

const ReportFormBody = /* @__PURE__ */ forwardRef<HTMLDivElement, BodyProps>(
  function ReportFormBody(
    {
      definition,
      outbox,
      shelterId,
      draftId,
      supersedes,
      initialData,
      checkAnswers,
      allowUnconfirmed,
      idPrefix,
      headingLevel = 2,
      now = systemNow,
      onQueued,
      autosaveDelayMs,
      onSwitch,
      className,
      ...props
    },
    ref,
  ) {
    const { kind, sections } = definition;
    const order = useMemo(() => sections.flatMap((section) => section.paths), [sections]);
    const [startData] = useState(() => ({ ...definition.defaults?.(now()), ...initialData }));
    const form = useReportForm({
      outbox,
      shelterId,
      kind,
      draftId,
      supersedes,
      initialData: startData,
      checkAnswers,
      order,
      adjust: definition.adjust,
      autosaveDelayMs,
    });
    const { draft, phase } = form;
    const fields = useReportFields({
      kind,
      data: draft.data,
      setData: draft.setData,
      errors: form.errors,
      allowUnconfirmed: allowUnconfirmed ?? definition.unconfirmedByDefault?.(draft.data) ?? false,
      idPrefix,
      catalogs: definition.catalogs,
    });
    const { t } = fields;
    const context = useMemo(
      () => ({ fields, renderers: definition.renderers ?? none, now, reportId: draft.id }),
      [fields, definition.renderers, now, draft.id],
    );
    useErrorTitle(form.errors.length > 0);

    // Focus follows the step: the heading of the check step, or a field its 変更 link named.
    const headingRef = useRef<HTMLHeadingElement>(null);
    const focusField = useRef<string | undefined>(undefined);
    const previousPhase = useRef(phase);
    useEffect(() => {
      if (previousPhase.current === phase) return;
      previousPhase.current = phase;
      const target = focusField.current;
      focusField.current = undefined;
      if (phase === 'edit' && target && focusErrorField(target)) return;
      if (phase !== 'done') headingRef.current?.focus();
    }, [phase]);

    const queuedId = useRef<string | undefined>(undefined);
    useEffect(() => {
      if (phase === 'done' && draft.id && queuedId.current !== draft.id) {
        queuedId.current = draft.id;
        onQueued?.(draft.id);
      }
    }, [phase, draft.id, onQueued]);

    const headingId = useId();
    const Heading = `h${headingLevel}` as const;
    const SectionHeading = headingLevel === 2 ? 'h3' : 'h4';
    const title = `${t(`shelter.reportKind.${kind}`)}${supersedes ? t('shelter.form.correctionSuffix') : ''}`;
    const summaryItems = form.errors.map((error) => {
      const path = error.path.replace(/^data\.?/, '');
      return {
        id: fields.id(summaryTarget(path, definition.wholeFields)),
        message: `${summaryLabel(path, fields)}${t('shelter.form.errorSeparator')}${fields.error(path) ?? error.message.ja}`,
      };
    });

    const submit = (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      void (phase === 'check' ? form.send() : form.proceed());
    };

    return (
      <div
        ref={ref}
        className={className ? `machi-report-form ${className}` : 'machi-report-form'}
        data-kind={kind}
        data-phase={phase}
        {...props}
      >
        {phase === 'done' && draft.id ? (
          <SubmissionConfirmation
            outbox={outbox}
            reportId={draft.id}
            headingLevel={headingLevel}
            onCorrect={() => {
              const id = draft.id as string;
              // A refused report cannot be corrected twice; the outbox says so and nothing changes.
              outbox
                .correct(id)
                .then((entry) =>
                  onSwitch({ draftId: entry.id, supersedes: entry.report.supersedes }),
                )
                .catch(() => undefined);
            }}
            onNewReport={() => onSwitch({ draftId: undefined, supersedes: undefined })}
          />
        ) : (
          <form noValidate onSubmit={submit} aria-labelledby={headingId}>
            {phase === 'edit' && <ErrorSummary errors={summaryItems} focusKey={form.attempt} />}
            <Heading
              id={headingId}
              ref={headingRef}
              tabIndex={-1}
              className="machi-report-form__title"
            >
              {phase === 'check' ? t('shelter.form.checkTitle', { kind: title }) : title}
            </Heading>
            {supersedes && phase === 'edit' && (
              <Notice title={t('shelter.form.correctionTitle')}>
                {t('shelter.form.correctionBody')}
              </Notice>
            )}
            {phase === 'check' ? (
              <ReportSummary
                t={t}
                kind={kind}
                data={draft.data as Record<string, unknown>}
                paths={order}
                fieldId={fields.id}
                onChangeField={(path, event) => {
                  event.preventDefault();
                  focusField.current = fields.id(path);
                  form.edit();
                }}
              />
            ) : (
              <FieldsContext.Provider value={context}>
                {definition.intro}
                {order.some((path) => fields.confirmable(path)) && (
                  <p className="machi-report-form__hint">{t('shelter.form.unconfirmedHint')}</p>
                )}
                {sections.map(({ title: sectionTitle, paths, grid, Body }) => (
                  <section key={paths[0]} className="machi-report-section">
                    {sectionTitle && (
                      <SectionHeading className="machi-report-section__title">
                        {t(sectionTitle)}
                      </SectionHeading>
                    )}
                    {Body ? (
                      <Body />
                    ) : (
                      <div className={grid ? 'machi-report-grid' : 'machi-report-stack'}>
                        {paths.map((path) => (
                          <SpecField key={path} path={path} />
                        ))}
                      </div>
                    )}
                  </section>
                ))}
                <AutosaveStatus
                  outbox={outbox}
                  draftId={draft.id}
                  onRetry={() => void draft.flush()}
                />
              </FieldsContext.Provider>
            )}
            {phase === 'check' && form.storageProblem && (
              <StorageProblemNotice
                problem={form.storageProblem}
                onRetry={() => void form.send()}
              />
            )}
            <div className="machi-report-actions">
              <Button type="submit" size="lg" loading={form.pending}>
                {t(
                  phase === 'check' || checkAnswers === false
                    ? 'shelter.form.send'
                    : 'shelter.form.continue',
                )}
              </Button>
              {phase === 'check' && (
                <Button variant="secondary" onClick={form.edit}>
                  {t('shelter.form.back')}
                </Button>
              )}
            </div>
          </form>
        )}
      </div>
    );
  },
);
