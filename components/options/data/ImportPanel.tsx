import { useRef, useState } from 'react';
import { useI18n } from '../../common/i18n';
import { sendBulkMessage } from '../../../utils/messaging/bulk-channel';
import { subscribe } from '../../../utils/messaging/broadcasts';
import { checkImportFile } from '../../../utils/data/connections-csv';
import type { ImportReport } from '../../../utils/data/import-summary';
import { describeImportProblem, describeSkipReason, type ImportProblem } from '../../../utils/data/problems';
import { errorText, formatCount } from './format';

type Status =
  | { state: 'idle' }
  /** `fraction` null until the background reports written rows (sending and parsing come first). */
  | { state: 'working'; text: string; fraction: number | null }
  | { state: 'done'; report: ImportReport }
  | { state: 'error'; message: string };

/** LinkedIn Connections.csv → contacts. The page sends the file's text; the background parses and writes it in one transaction. */
export function ImportPanel() {
  const { t, lang } = useI18n();
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const input = useRef<HTMLInputElement>(null);

  async function importFile(file: File) {
    const fail = (problem: ImportProblem) => setStatus({ state: 'error', message: describeImportProblem(problem, lang) });
    const problem = checkImportFile(file);
    if (problem) return fail(problem);
    const text = t('dt_importWorking', file.name);
    setStatus({ state: 'working', text, fraction: null });
    const id = crypto.randomUUID();
    const unsubscribe = subscribe('importProgress', (progress) => {
      if (progress.id === id) setStatus({ state: 'working', text, fraction: progress.done / Math.max(1, progress.total) });
    });
    try {
      const outcome = await sendBulkMessage('importConnectionsFile', { id, text: await file.text() });
      // Before the result is shown: a progress message arriving late must not replace it.
      unsubscribe();
      if (!outcome.ok) return fail(outcome.problem);
      setStatus({ state: 'done', report: outcome.report });
    } catch (error) {
      setStatus({ state: 'error', message: t('dt_importFailed', errorText(error)) });
    } finally {
      unsubscribe();
      // The same file can be picked again (e.g. after fixing it).
      if (input.current) input.current.value = '';
    }
  }

  const working = status.state === 'working';
  return (
    <section className="dt-panel" aria-labelledby="dt-import-title">
      <h3 id="dt-import-title">{t('dt_importTitle')}</h3>
      <p className="muted">{t('dt_importHelp')}</p>
      <label className="dt-file">
        <span>{t('dt_importFileLabel')}</span>
        <input
          ref={input}
          type="file"
          accept=".csv,text/csv"
          data-testid="import-file"
          disabled={working}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) void importFile(file);
          }}
        />
      </label>
      {status.state !== 'idle' && (
        <div
          className={`dt-status ${status.state === 'error' ? 'error' : ''}`}
          data-testid="import-status"
          data-state={status.state}
          role={status.state === 'error' ? 'alert' : 'status'}
          aria-live="polite"
        >
          {status.state === 'working' && (
            <>
              <p>{status.text}</p>
              <progress
                data-testid="import-progress"
                aria-label={t('dt_progress')}
                max={1}
                {...(status.fraction === null ? {} : { value: status.fraction })}
              />
            </>
          )}
          {status.state === 'error' && (
            <>
              <p>{status.message}</p>
              <p>{t('dt_importUnchangedData')}</p>
            </>
          )}
          {status.state === 'done' && <ImportSummary report={status.report} />}
        </div>
      )}
    </section>
  );
}

function ImportSummary({ report }: { report: ImportReport }) {
  const { t, lang } = useI18n();
  const n = (value: number) => formatCount(value, lang);
  return (
    <>
      <p data-testid="import-summary">
        {t('dt_importDone', n(report.added), n(report.updated), n(report.unchanged), n(report.skipped))}
      </p>
      {(report.skipGroups.length > 0 || report.duplicates > 0 || report.warnings.length > 0) && (
        <ul className="dt-details">
          {report.warnings.map((warning) => (
            <li key={warning.code}>{describeImportProblem(warning, lang)}</li>
          ))}
          {report.skipGroups.map((group) => (
            <li key={group.reason}>
              {t('dt_importSkipGroup', n(group.count), describeSkipReason(group.reason, lang), group.firstLine)}
            </li>
          ))}
          {report.duplicates > 0 && <li>{t('dt_importDuplicates', n(report.duplicates))}</li>}
        </ul>
      )}
    </>
  );
}
