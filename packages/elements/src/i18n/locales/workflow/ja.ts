import type { workflow as en } from '../../en/workflow.js';
import type { Message } from '../../message.js';

/** Japanese: the status flow (`rl-workflow`). */
export const workflow: Readonly<Record<keyof typeof en, Message>> = {
  'workflow.label': 'ワークフロー',
  'workflow.items': { other: '{count} 件' },
  'workflow.ofLimit': '{count} / {limit}',
  'workflow.overLimit': 'WIP 上限 {limit} を超過',
  'workflow.age': '平均待ち {days} 日',
  'workflow.bottleneck': 'ボトルネック',
  'workflow.transitions': '遷移',
  'workflow.transition': '{from} → {to}: {count}',
  'workflow.back': '{from} から {to} へ戻る: {count}',
  'workflow.filtered': '{status} のみ表示中。',
  'workflow.unfiltered': 'すべてのステータスを表示中。',
  'workflow.empty': '表示するステータスがありません。',
};
