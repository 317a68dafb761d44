import type { PopupRow } from '../../utils/network/view-schema';
import type { TimelineEntry } from '../../utils/schemas/contact';
import { countSessions } from '../../utils/journey/session-kit';
import { useI18n } from '../common/i18n';
import { useContact } from '../common/use-contact';
import { CadenceField } from '../common/journey/CadenceField';
import { GoalList } from '../common/journey/GoalList';
import { IcsExportButton } from '../common/journey/IcsExportButton';
import { SessionKit } from '../common/journey/SessionKit';
import { SessionLog } from '../common/journey/SessionLog';
import { usePairSkills } from '../common/journey/use-pair-skills';

/**
 * The mentoring journey of the pair in one popup row, with the sidebar's own pieces (components/common/journey):
 * cadence and the next follow-up as .ics, goals both ways, the session kit and the session log. The full
 * contact is loaded when the row opens; the timeline comes from the row (it already shows it).
 */
export function RowJourney({
  row,
  timeline,
  onError,
}: {
  row: PopupRow;
  timeline: TimelineEntry[] | undefined;
  onError: (error: unknown) => void;
}) {
  const { t } = useI18n();
  const contact = useContact(row.key) ?? null;
  const pair = usePairSkills(null, contact);
  return (
    <div className="pp-journey" data-testid="pp-row-journey">
      <div className="jr-keep-in-touch">
        <CadenceField contactKey={row.key} contact={contact} onError={onError} />
        <IcsExportButton contactKey={row.key} label={t('jr_icsExport')} />
      </div>
      <GoalList contactKey={row.key} contact={contact} theirName={row.name} pair={pair} onError={onError} />
      <SessionKit theirName={row.name} contact={contact} pair={pair} sessionsHeld={countSessions(timeline)} rows={8} />
      <SessionLog contactKey={row.key} onError={onError} />
    </div>
  );
}
