import type { CourseTree } from '../../shared';
import { withBankPools } from '../../shared/package/bank-pools';
import type { CourseLibrary } from '../library/course-library';
import { BankStore } from './bank-store';

/** The course as exporters package it: quiz lessons that draw from a bank carry their candidate questions. */
export function courseWithBankPools(library: CourseLibrary, tree: CourseTree): CourseTree {
  const draws = tree.modules.some((m) => m.lessons.some((l) => l.kind === 'quiz' && l.quiz?.draw));
  return draws ? withBankPools(tree, new BankStore(library).list(tree.id)) : tree;
}
