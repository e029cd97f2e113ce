import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SORT,
  EMPTY_FORM,
  datesError,
  departmentError,
  filtersFromForm,
  formFromFilters,
  isNarrowed,
  type ConventionListForm,
} from './conventionListFilters';

const form = (patch: Partial<ConventionListForm>): ConventionListForm => ({ ...EMPTY_FORM, ...patch });

describe('filtersFromForm', () => {
  it('sends only the sort for an untouched form', () => {
    expect(filtersFromForm(EMPTY_FORM, '')).toEqual({ sort: DEFAULT_SORT });
    expect(isNarrowed(filtersFromForm(EMPTY_FORM, ''))).toBe(false);
  });

  it('sends the debounced search, trimmed, not the text being typed', () => {
    expect(filtersFromForm(form({ search: 'MARTIN Jea' }), '  MARTIN ')).toEqual({ search: 'MARTIN', sort: DEFAULT_SORT });
    expect(filtersFromForm(form({ search: 'x' }), '   ')).toEqual({ sort: DEFAULT_SORT });
  });

  it('sends the chosen measure, status, employer and sort', () => {
    const sort = { by: 'number', dir: 'asc' } as const;
    expect(filtersFromForm(form({ measure: 'CAV', status: 'signee', employerId: 12, sort }), '')).toEqual({
      measure: 'CAV',
      status: 'signee',
      employerId: 12,
      sort,
    });
  });

  it('sends a department once it is one, in capitals, and leaves out one being typed', () => {
    expect(filtersFromForm(form({ department: ' 2a ' }), '').department).toBe('2A');
    expect(filtersFromForm(form({ department: '974' }), '').department).toBe('974');
    expect(filtersFromForm(form({ department: '06' }), '').department).toBe('06');
    for (const typed of ['9', '97', '99', '00', '977', '2C']) expect(filtersFromForm(form({ department: typed }), '')).not.toHaveProperty('department');
  });

  it('sends the end-date range, and leaves out the upper bound when it comes before the lower one', () => {
    expect(filtersFromForm(form({ endsFrom: '2008-01-01', endsTo: '2008-12-31' }), '')).toMatchObject({ endsFrom: '2008-01-01', endsTo: '2008-12-31' });
    expect(filtersFromForm(form({ endsFrom: '2008-06-30', endsTo: '2008-06-30' }), '')).toMatchObject({ endsFrom: '2008-06-30', endsTo: '2008-06-30' });
    const reversed = filtersFromForm(form({ endsFrom: '2008-12-31', endsTo: '2008-01-01' }), '');
    expect(reversed).toMatchObject({ endsFrom: '2008-12-31' });
    expect(reversed).not.toHaveProperty('endsTo');
    expect(filtersFromForm(form({ endsTo: '2008-01-01' }), '')).toMatchObject({ endsTo: '2008-01-01' });
  });

  it('counts as narrowed as soon as one filter is sent', () => {
    expect(isNarrowed(filtersFromForm(form({ department: '974' }), ''))).toBe(true);
    expect(isNarrowed(filtersFromForm(form({ department: '97' }), ''))).toBe(false);
    expect(isNarrowed(filtersFromForm(EMPTY_FORM, 'martin'))).toBe(true);
  });
});

describe('formFromFilters', () => {
  it('opens a saved view as the form that sends the same filters', () => {
    const saved = {
      search: 'martin',
      measure: 'CAE',
      status: 'signee',
      employerId: 3,
      department: '2B',
      endsFrom: '2008-01-01',
      endsTo: '2008-12-31',
      sort: { by: 'endsOn', dir: 'asc' },
    } as const;
    const opened = formFromFilters(saved);
    expect(opened).toMatchObject({ search: 'martin', department: '2B', sort: saved.sort });
    expect(filtersFromForm(opened, opened.search)).toEqual(saved);
  });

  it('fills what a saved view leaves out: empty texts and the default sort', () => {
    expect(formFromFilters({})).toEqual({
      search: '',
      department: '',
      sort: DEFAULT_SORT,
      measure: undefined,
      status: undefined,
      employerId: undefined,
      endsFrom: undefined,
      endsTo: undefined,
    });
  });
});

describe('the fields’ messages', () => {
  it('says what a department is once two characters are typed, never for a valid one', () => {
    expect(departmentError(form({ department: '9' }))).toBeUndefined();
    expect(departmentError(form({ department: '99' }))).toBe('département : 01 à 95, 2A, 2B ou 971 à 976');
    expect(departmentError(form({ department: '2b' }))).toBeUndefined();
    expect(departmentError(form({ department: '' }))).toBeUndefined();
  });

  it('asks for an upper date after the lower one', () => {
    expect(datesError(form({ endsFrom: '2008-12-31', endsTo: '2008-01-01' }))).toBe('la date « au » doit suivre la date « du »');
    expect(datesError(form({ endsFrom: '2008-01-01', endsTo: '2008-12-31' }))).toBeUndefined();
    expect(datesError(form({ endsFrom: '2008-01-01' }))).toBeUndefined();
  });
});
