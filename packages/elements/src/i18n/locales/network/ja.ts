import type { network as en } from '../../en/network.js';
import type { Message } from '../../message.js';

/** Japanese: the dependency network. */
export const network: Readonly<Record<keyof typeof en, Message>> = {
  'network.label': '依存関係ネットワーク',
  'network.fit': '全体表示',
  'network.zoomIn': '拡大',
  'network.zoomOut': '縮小',
  'network.overview': 'ネットワークの概要',
  'network.empty': '表示するタスクはありません。',
  'network.taskRole': 'タスク',
  'network.milestone': 'マイルストーン',
  'network.summary': 'サマリー',
  'network.critical': 'クリティカル',
  'network.collapse': '{name}を折りたたむ',
  'network.duration': '期間 {duration}',
  'network.slack': 'フロート {days}',
  'network.lag.minute': '{sign}{count}分',
  'network.lag.hour': '{sign}{count}時間',
  'network.lag.day': '{sign}{count}日',
  'network.lag.week': '{sign}{count}週',
  'network.linking':
    '{name}からリンクしています。別のタスクに移動して Enter でリンク、Escape で取り消します。',
  'network.linkCancelled': 'リンクを取り消しました。',
  'network.linked': '{from}を{to}にリンクしました。',
  'network.unlinked': '{from}から{to}へのリンクを削除しました。',
  'network.edgeSelected': '{from}から{to}へのリンク {type} を選択しました。Delete で削除します。',
  'network.noSuccessor': '後続タスクはありません。',
  'network.noPredecessor': '先行タスクはありません。',
};
