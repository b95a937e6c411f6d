// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { featureText, formatValue, GROUP_ORDER, plainCite, referenceLabel } from '../../../rules/report/labels';
import { FeatureGroup } from '../../../rules/vocabulary/features';

describe('labels', () => {
  it('formats values with their units', () => {
    expect(formatValue('age', 45)).toBe('45 years');
    expect(formatValue('morning_stiffness_minutes', 30, 'above')).toBe('more than 30 min');
    expect(featureText('morning_stiffness_minutes', 30, 'below')).toBe('Morning stiffness duration: less than 30 min');
    expect(formatValue('symptom_duration_weeks', 12.345)).toBe('12.3 weeks');
    expect(formatValue('morning_stiffness_minutes', 60)).toBe('60 min');
    expect(formatValue('sex', 'female')).toBe('female');
    expect(formatValue('fever', undefined)).toBeUndefined();
    expect(featureText('onset_age', 25)).toBe('Age at onset: 25 years');
    expect(featureText('fever')).toBe('Fever');
  });

  it('orders every feature group once, red flags first', () => {
    expect(GROUP_ORDER[0]).toBe('red_flag');
    expect([...GROUP_ORDER].sort()).toEqual([...FeatureGroup.options].sort());
  });

  it('strips reference tags from citations and shortens reference labels', () => {
    expect(plainCite('Deyo & Diehl 1988 [DEYO1988]; ACP 2011 [ACP2011]')).toBe('Deyo & Diehl 1988; ACP 2011');
    expect(referenceLabel('Author A. A title. Journal. 2020;1:2.')).toBe('Author A. A title');
    expect(referenceLabel('x'.repeat(200)).length).toBeLessThanOrEqual(90);
  });
});
