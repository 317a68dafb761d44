import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../common/i18n';
import { sendBulkMessage } from '../../../utils/messaging/bulk-channel';
import { checkImportFile } from '../../../utils/data/connections-csv';
import { MAX_IMPORT_ROWS } from '../../../utils/data/data-messages';
import { buildImportReport, type ImportReport } from '../../../utils/data/import-summary';
import { describeImportProblem, describeSkipReason, type ImportProblem } from '../../../utils/data/problems';
import { errorText, formatCount } from './format';
import { parseConnectionsOffThread, prepareParseWorker, releaseParseWorker } from './parse-connections';

type Status =
  | { state: 'idle' }
  /** `fraction` null: a phase whose length is unknown (reading, saving). */
  | { state: 'working'; text: string; fraction: number | null }
  | { state: 'done'; report: ImportReport }
  | { state: 'error'; message: string };

/** LinkedIn Connections.csv → contacts. Parsed here (in a worker), written by the background in one transaction. */
export function ImportPanel() {
  const { t, lang } = useI18n();
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const n = (value: number) => formatCount(value, lang);

  useEffect(() => {
    prepareParseWorker();
    return releaseParseWorker;
  }, []);

  async function importFile(file: File) {
    const fail = (problem: ImportProblem) => setStatus({ state: 'error', message: describeImportProblem(problem, lang) });
    const problem = checkImportFile(file);
    if (problem) return fail(problem);
    setStatus({ state: 'working', text: t('dt_importReading', file.name), fraction: null });
    try {
      const text = await file.text();
      const parsed = await parseConnectionsOffThread(text, (fraction) =>
        setStatus({ state: 'working', text: t('dt_importParsing', Math.round(fraction * 100)), fraction }),
      );
      if (!parsed.ok) return fail(parsed.problem);
      if (parsed.rows.length > MAX_IMPORT_ROWS) return fail({ code: 'too-many-rows', rows: parsed.rows.length, limit: MAX_IMPORT_ROWS });
      setStatus({ state: 'working', text: t('dt_importSaving', n(parsed.rows.length)), fraction: null });
      const written = await sendBulkMessage('importConnections', { rows: parsed.rows });
      setStatus({ state: 'done', report: buildImportReport(parsed, written) });
    } catch (error) {
      setStatus({ state: 'error', message: t('dt_importFailed', errorText(error)) });
    } finally {
      // The same file can be picked again (e.g. after fixing it).
      if (input.current) input.current.value = '';
      prepareParseWorker();
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
