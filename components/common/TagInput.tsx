import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useI18n } from './i18n';
import { normaliseSkill, searchSkills, skillLabel, type SkillIndex } from '../../utils/skills/search';

export interface TagInputProps {
  /** Visible label of the field ("Could teach me"). */
  label: string;
  /** data-testid of the text input; chips get `chipTestId`. */
  testId: string;
  chipTestId: string;
  /** Selected skill ids (catalogue ids or `custom:…`). */
  value: string[];
  onChange: (ids: string[]) => void;
  index: SkillIndex;
  /** Skill ids offered as one-click additions (e.g. skills the profile lists). */
  offered?: string[];
  /** Called before a free-text skill is added, so it is remembered and suggested afterwards. */
  onCustomSkill?: (skill: { id: string; label: string }) => void;
  disabled?: boolean;
}

/**
 * Skill tags with type-ahead over the bilingual catalogue, fully usable by keyboard: arrows move through
 * suggestions, Enter adds the highlighted one (or what was typed), Backspace in an empty field removes the
 * last tag, Escape closes the list. Labels are rendered as text, never markup.
 */
export function TagInput({
  label,
  testId,
  chipTestId,
  value,
  onChange,
  index,
  offered = [],
  onCustomSkill,
  disabled,
}: TagInputProps) {
  const { lang, t } = useI18n();
  const id = useId();
  const [query, setQuery] = useState('');
  const [highlight, setHighlight] = useState(-1);
  const [open, setOpen] = useState(false);

  const suggestions = useMemo(
    () =>
      query.trim() === ''
        ? []
        : searchSkills(index, query, { lang, limit: 8 + value.length }).filter((s) => !value.includes(s.id)).slice(0, 8),
    [index, query, lang, value],
  );
  const offeredLeft = offered.filter((skill) => !value.includes(skill)).slice(0, 8);

  const add = (skillId: string) => {
    if (!value.includes(skillId)) onChange([...value, skillId]);
    setQuery('');
    setHighlight(-1);
  };

  const addTyped = () => {
    const chosen = highlight >= 0 ? suggestions[highlight] : undefined;
    if (chosen) return add(chosen.id);
    const normalised = normaliseSkill(index, query, lang);
    if (!normalised) return;
    if (normalised.id.startsWith('custom:')) onCustomSkill?.(normalised);
    add(normalised.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        setHighlight((h) => Math.min(h + 1, suggestions.length - 1));
        break;
      case 'ArrowUp':
        event.preventDefault();
        setHighlight((h) => Math.max(h - 1, -1));
        break;
      case 'Enter':
        event.preventDefault();
        addTyped();
        break;
      case 'Escape':
        if (open) {
          event.preventDefault();
          setOpen(false);
          setHighlight(-1);
        }
        break;
      case 'Backspace':
        if (query === '' && value.length > 0) onChange(value.slice(0, -1));
        break;
    }
  };

  const listId = `${id}-list`;
  const showList = open && suggestions.length > 0;
  return (
    <div className="tag-input">
      <label htmlFor={`${id}-input`} className="tag-label">
        {label}
      </label>
      <ul className="chips" aria-label={label}>
        {value.map((skillId) => {
          const text = skillLabel(index, skillId, lang);
          return (
            <li key={skillId} className="chip" data-testid={chipTestId} data-skill-id={skillId}>
              <span>{text}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={t('removeSkill', text)}
                disabled={disabled}
                onClick={() => onChange(value.filter((v) => v !== skillId))}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <div className="combo">
        <input
          id={`${id}-input`}
          data-testid={testId}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={showList}
          aria-controls={listId}
          aria-activedescendant={highlight >= 0 && showList ? `${id}-opt-${highlight}` : undefined}
          placeholder={t('skillPlaceholder')}
          value={query}
          disabled={disabled}
          maxLength={80}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setHighlight(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onFocus={() => setOpen(true)}
        />
        {showList && (
          <ul id={listId} role="listbox" className="suggestions" aria-label={t('suggestions')}>
            {suggestions.map((s, i) => (
              <li
                key={s.id}
                id={`${id}-opt-${i}`}
                role="option"
                aria-selected={i === highlight}
                className={i === highlight ? 'suggestion active' : 'suggestion'}
                data-testid="skill-suggestion"
                // mousedown, not click: it must win against the input's blur.
                onMouseDown={(e) => {
                  e.preventDefault();
                  add(s.id);
                }}
              >
                <span>{s.label}</span>
                {s.matched !== s.label && <span className="muted"> · {s.matched}</span>}
              </li>
            ))}
          </ul>
        )}
      </div>
      {offeredLeft.length > 0 && (
        <div className="offered" aria-label={t('fromProfile')}>
          <span className="muted">{t('fromProfile')}:</span>
          {offeredLeft.map((skillId) => (
            <button
              type="button"
              key={skillId}
              className="offer"
              data-testid={`${chipTestId}-offer`}
              disabled={disabled}
              onClick={() => add(skillId)}
            >
              + {skillLabel(index, skillId, lang)}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
