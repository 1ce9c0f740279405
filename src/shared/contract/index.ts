/**
 * The one API contract: every call the UI can make, with its input schema and output type.
 * Each capability keeps its methods in its own file; this file only joins them.
 */
import type { InputOf, OutputOf } from './define';
import { exportsContract } from './exports';
import { indexReportsContract } from './index-reports';
import { interviewsContract } from './interviews';
import { mapContract } from './map';
import { safetyContract } from './safety';
import { settingsContract } from './settings';
import { strategyContract } from './strategy';
import { visitsContract } from './visits';

export const contract = {
  ...settingsContract,
  ...indexReportsContract,
  ...visitsContract,
  ...interviewsContract,
  ...mapContract,
  ...exportsContract,
  ...strategyContract,
  ...safetyContract,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type Input<M extends MethodName> = InputOf<Contract[M]>;
export type Output<M extends MethodName> = OutputOf<Contract[M]>;

export const isMethodName = (name: string): name is MethodName => Object.prototype.hasOwnProperty.call(contract, name);

export * from './common';
export * from './define';
