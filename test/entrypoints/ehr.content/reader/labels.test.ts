import { describe, expect, it } from 'vitest';
import { fieldHintPart, labelKind, labelPart, normalizeLabel, startsWithLabel } from '@/entrypoints/ehr.content/reader/labels';

describe('labels', () => {
  it.each([
    ['Chief Complaint:', 'chiefComplaint'],
    ['CC', 'chiefComplaint'],
    ['CC1', 'chiefComplaint'],
    ['Chief Complaint (CC) #2', 'chiefComplaint'],
    ['Reason for Visit', 'chiefComplaint'],
    ['Presenting complaint', 'chiefComplaint'],
    ['HPI:', 'hpi'],
    ['History of Present Illness', 'hpi'],
    ['Subjective:', 'hpi'],
    ['HPC', 'hpi'],
    ['* History of presenting complaint *', 'hpi'],
  ])('%s is %s', (label, part) => {
    expect(labelPart(label)).toBe(part);
  });

  it('knows other sections and rejects ordinary words', () => {
    expect(labelKind('Review of Systems:')).toBe('other');
    expect(labelKind('A/P')).toBe('other');
    expect(labelKind('S', true)).toBe('hpi');
    expect(labelKind('S')).toBeNull();
    expect(labelPart('Back pain')).toBeNull();
    expect(labelPart('Reason for cancellation')).toBeNull();
    expect(normalizeLabel('  Chief  Complaint (CC): ')).toBe('chief complaint');
  });

  it('reads field names in attributes', () => {
    expect(fieldHintPart('form_chief_complaint')).toBe('chiefComplaint');
    expect(fieldHintPart('reason')).toBe('chiefComplaint');
    expect(fieldHintPart('hpiText')).toBe('hpi');
    expect(fieldHintPart('HPI2')).toBe('hpi');
    expect(fieldHintPart('accept')).toBeNull();
    expect(fieldHintPart('treasonable')).toBeNull();
  });

  it('spots inline fields', () => {
    expect(startsWithLabel('CC: back pain')).toBe(true);
    expect(startsWithLabel('HPI: 45 yo F')).toBe(true);
    expect(startsWithLabel('Note: call back')).toBe(false);
    expect(startsWithLabel('10 cc: saline')).toBe(false);
  });
});
