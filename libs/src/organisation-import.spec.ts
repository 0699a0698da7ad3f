import { describe, expect, it } from 'vitest';
import {
  importColumnForHeader,
  isValidImportEmail,
  parseImportRole,
  parseUnitPath,
  validateImportRow,
} from './organisation-import';

describe('organisation import rules', () => {
  it.each([
    ['ansattnummer', 'employeeId'],
    [' Employee_ID ', 'employeeId'],
    ['Navn', 'name'],
    ['name', 'name'],
    ['EPOST', 'email'],
    ['e-mail', 'email'],
    ['enhet', 'unit'],
    ['Unit', 'unit'],
    ['rolle', 'role'],
    ['role', 'role'],
    ['stilling', null],
  ])('header %j is column %j', (header, column) => {
    expect(importColumnForHeader(header)).toBe(column);
  });

  it.each([
    ['ansatt', 'STAFF'],
    ['Ansatt', 'STAFF'],
    ['staff', 'STAFF'],
    ['', 'STAFF'],
    ['LEDER', 'LEADER'],
    ['leader', 'LEADER'],
    ['digital agent', 'DIGITAL_AGENT'],
    ['Digital  Agent', 'DIGITAL_AGENT'],
    ['DIGITAL_AGENT', 'DIGITAL_AGENT'],
    ['admin', 'ADMIN'],
    ['Administrator', 'ADMIN'],
    ['sjef', null],
    ['superbruker', null],
  ])('role %j is %j', (text, role) => {
    expect(parseImportRole(text)).toBe(role);
  });

  it('splits a unit path on «/» and trims the parts', () => {
    expect(parseUnitPath('Helse og omsorg / Hjemmetjenesten')).toEqual(['Helse og omsorg', 'Hjemmetjenesten']);
    expect(parseUnitPath('  Helse  og omsorg/Hjemmetjenesten  ')).toEqual(['Helse og omsorg', 'Hjemmetjenesten']);
    expect(parseUnitPath('Helse og omsorg / / Hjemmetjenesten')).toBeNull();
    expect(parseUnitPath('/')).toBeNull();
  });

  it.each([
    ['kari.nordmann@drammen.kommune.no', true],
    ['kari@drammen', false],
    ['kari nordmann@drammen.no', false],
    ['@drammen.no', false],
    ['kari@@drammen.no', false],
  ])('e-mail %j valid: %j', (email, valid) => {
    expect(isValidImportEmail(email)).toBe(valid);
  });

  it('accepts a complete row and normalises it', () => {
    expect(
      validateImportRow({
        employeeId: ' 1001 ',
        name: ' Kari  Nordmann ',
        email: 'Kari@Drammen.Kommune.no',
        unit: 'Helse og omsorg / Hjemmetjenesten',
        role: 'Leder',
      }),
    ).toEqual({
      row: {
        employeeId: '1001',
        name: 'Kari Nordmann',
        email: 'kari@drammen.kommune.no',
        unitPath: ['Helse og omsorg', 'Hjemmetjenesten'],
        role: 'LEADER',
      },
      problems: [],
    });
  });

  it('lets an admin row leave the unit out, but no one else', () => {
    expect(validateImportRow({ name: 'A', email: 'a@b.no', role: 'admin' }).row?.unitPath).toBeNull();
    expect(validateImportRow({ name: 'A', email: 'a@b.no', role: 'ansatt' }).problems.map((p) => p.code)).toEqual([
      'UNIT_MISSING',
    ]);
  });

  it('names every problem of a row with its column', () => {
    const { row, problems } = validateImportRow({
      employeeId: '',
      name: 'Kari 15063950073 Nordmann',
      email: '',
      unit: 'A // B',
      role: 'sjef',
    });
    expect(row).toBeNull();
    expect(problems.map((p) => [p.column, p.code])).toEqual([
      ['name', 'NAME_PATIENT_IDENTIFIER'],
      ['email', 'EMAIL_MISSING'],
      ['role', 'ROLE_UNKNOWN'],
      ['unit', 'UNIT_INVALID'],
    ]);
  });
});
