import { describe, expect, it } from 'vitest';
import { buildEntry, fillText } from '../../utils/network/entry';
import { compileQuery, matchesQuery } from '../../utils/network/search';
import { INDEX, ctx, makeContact } from './helpers';

describe('deferred search text (the popup index folds it after the first page)', () => {
  const contact = makeContact('jürgen-müller', { name: 'Jürgen Müller', currentRole: 'Leiterin Einkauf', currentCompany: 'Bäckerei Sonnenkorn' });

  it('ranks the same, and after fillText searches the same, as an entry built with its text', () => {
    const eager = buildEntry(contact, INDEX, ctx());
    const deferred = buildEntry(contact, INDEX, ctx(), { deferText: true });
    expect(deferred.match).toEqual(eager.match);
    expect(deferred.text).toBe('');
    expect(eager.textParts).toBeNull();
    fillText(deferred);
    expect(deferred.text).toBe(eager.text);
    expect(deferred.textParts).toBeNull();
    for (const q of ['mueller', 'müller', 'sonnenkorn', 'einkauf']) expect(matchesQuery(compileQuery(q, INDEX), deferred)).toBe(true);
    // Filling twice changes nothing.
    fillText(deferred);
    expect(deferred.text).toBe(eager.text);
  });
});
