import { describe, expect, it } from 'vitest';
import { canDrop, canUndo, columnDropState, dropOutcome, isLate, type Movable } from './drop-rules';

const draft: Movable = { status: 'draft', allowedTransitions: ['estimate_sent', 'approved', 'cancelled'] };
const working: Movable = { status: 'in_progress', allowedTransitions: ['waiting_parts', 'completed'] };
const completed: Movable = { status: 'completed', allowedTransitions: [] };
/** A stale or wrong answer offering invoiced must still not make it a drop target. */
const offersInvoice: Movable = { status: 'completed', allowedTransitions: ['invoiced'] };
const mechanicOnDraft: Movable = { status: 'draft', allowedTransitions: [] };

describe('board drop rules', () => {
  it.each([
    ['a draft onto approved', draft, 'approved', true],
    ['a draft onto cancelled', draft, 'cancelled', true],
    ['a draft onto completed', draft, 'completed', false],
    ['a draft onto its own column', draft, 'draft', false],
    ['an order in progress onto waiting for parts', working, 'waiting_parts', true],
    ['an order in progress back to approved', working, 'approved', false],
    ['a completed order onto invoiced, even when offered', offersInvoice, 'invoiced', false],
    ['a completed order onto paid', completed, 'paid', false],
    ["a mechanic's draft onto approved", mechanicOnDraft, 'approved', false],
  ] as const)('%s: %s', (_name, card, target, allowed) => {
    expect(canDrop(card, target)).toBe(allowed);
  });

  it('greys out every column but the allowed ones while a card is dragged', () => {
    expect(columnDropState(null, 'approved')).toBe('idle');
    expect(columnDropState(draft, 'draft')).toBe('source');
    expect(columnDropState(draft, 'approved')).toBe('allowed');
    expect(columnDropState(draft, 'in_progress')).toBe('forbidden');
    expect(columnDropState(draft, 'invoiced')).toBe('forbidden');
  });

  it('moves on an allowed drop, refuses a forbidden one and ignores a drop outside or at home', () => {
    expect(dropOutcome(draft, 'approved')).toBe('move');
    expect(dropOutcome(draft, 'paid')).toBe('refuse');
    expect(dropOutcome(draft, null)).toBe('none');
    expect(dropOutcome(draft, 'draft')).toBe('none');
  });

  it('offers undo only where the workflow leads straight back', () => {
    expect(canUndo('in_progress', { status: 'waiting_parts', allowedTransitions: ['in_progress'] })).toBe(true);
    expect(canUndo('draft', { status: 'estimate_sent', allowedTransitions: ['draft', 'approved'] })).toBe(true);
    expect(canUndo('draft', { status: 'approved', allowedTransitions: ['in_progress', 'cancelled'] })).toBe(false);
    expect(canUndo('in_progress', { status: 'completed', allowedTransitions: ['invoiced'] })).toBe(false);
    expect(canUndo('invoiced', { status: 'completed', allowedTransitions: ['invoiced'] })).toBe(false);
  });

  it('calls an open order late once its promised time has passed, a finished one never', () => {
    const now = Date.parse('2026-12-06T12:00:00Z');
    expect(isLate('in_progress', '2026-12-06T11:59:00Z', now)).toBe(true);
    expect(isLate('in_progress', '2026-12-06T12:01:00Z', now)).toBe(false);
    expect(isLate('completed', '2026-12-01T10:00:00Z', now)).toBe(false);
    expect(isLate('draft', null, now)).toBe(false);
  });
});
