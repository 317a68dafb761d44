import { lazy, Suspense } from 'react';
import { useI18n } from '../common/i18n';
import type { Profile } from '../../utils/schemas/profile';

const TitleCareerEstimate = lazy(() => import('./TitleCareerEstimate').then((m) => ({ default: m.TitleCareerEstimate })));
const MentionedSkills = lazy(() => import('./MentionedSkills').then((m) => ({ default: m.MentionedSkills })));

function formatRange(start: string | null, end: string | null, present: string): string {
  return `${start ?? '?'} – ${end ?? present}`;
}

/** What the page says about the person, as read by the site adapter. All text is rendered as text. */
export function ProfileCard({ profile }: { profile: Profile }) {
  const { t } = useI18n();
  const position =
    profile.currentRole && profile.currentCompany
      ? t('currentPosition', profile.currentRole, profile.currentCompany)
      : (profile.currentRole ?? profile.currentCompany);
  return (
    <section className="card" aria-labelledby="profile-name">
      <h1 id="profile-name" className="profile-name" data-testid="profile-name">
        {profile.name}
      </h1>
      {profile.headline && (
        <p className="headline" data-testid="profile-headline">
          {profile.headline}
        </p>
      )}
      <ul className="facts">
        {position && <li data-testid="profile-position">{position}</li>}
        {profile.location && <li data-testid="profile-location">{profile.location}</li>}
        <li data-testid="profile-career">
          {profile.careerStart
            ? `${t('careerSince', profile.careerStart.year)} (${t(
                profile.careerStart.source === 'experience' ? 'careerSourceExperience' : 'careerSourceEducation',
              )})`
            : (
              <Suspense fallback={t('careerUnknown')}>
                <TitleCareerEstimate profile={profile} />
              </Suspense>
            )}
        </li>
      </ul>

      <h2>{t('profileSkills')}</h2>
      {profile.skills.length > 0 ? (
        <ul className="chips" data-testid="profile-skills">
          {profile.skills.map((skill) => (
            <li key={skill} className="chip">
              {skill}
            </li>
          ))}
        </ul>
      ) : (
        // Guest views have no Skills card: what the headline and About name instead (what matching uses too).
        <Suspense fallback={null}>
          <MentionedSkills profile={profile} />
        </Suspense>
      )}

      <details>
        <summary>
          {t('experience')} ({profile.experience.length})
        </summary>
        {profile.experience.length > 0 ? (
          <ul className="timeline-list" data-testid="profile-experience">
            {profile.experience.map((entry, index) => (
              <li key={index}>
                <strong>{entry.title}</strong>
                {entry.company && <span> · {entry.company}</span>}
                <div className="muted">{formatRange(entry.start, entry.end, t('present'))}</div>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('noExperience')}</p>
        )}
      </details>
      {profile.education.length > 0 && (
        <details>
          <summary>
            {t('education')} ({profile.education.length})
          </summary>
          <ul className="timeline-list">
            {profile.education.map((entry, index) => (
              <li key={index}>
                <strong>{entry.school}</strong>
                {entry.degree && <div>{entry.degree}</div>}
                <div className="muted">
                  {entry.startYear ?? '?'} – {entry.endYear ?? '?'}
                </div>
              </li>
            ))}
          </ul>
        </details>
      )}
      {profile.about && (
        <details>
          <summary>{t('about')}</summary>
          <p className="about">{profile.about}</p>
        </details>
      )}
    </section>
  );
}
