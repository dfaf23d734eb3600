import type { importIssues } from '../../en/import-issues.js';
import type { Message } from '../../message.js';

/** Japanese: the import wizard's sentence for each issue code of the built-in importers. */
export const importIssueWords: Readonly<Record<keyof typeof importIssues, Message>> = {
  'import.issue.MISSING_NAME': '名前がありません。この行は取り込まれませんでした。',
  'import.issue.EXTRA_CELLS': '列よりセルが多くあります。この行は取り込まれませんでした。',
  'import.issue.UNREADABLE_ROW':
    '行を読み取れませんでした (引用符が閉じていません)。この行は取り込まれないか、途中までになりました。',
  'import.issue.AMBIGUOUS_DATE_ORDER':
    '日付の日と月のどちらが先か分かりません。順序を選ばない限り、月/日/年として読み取りました。',
  'import.issue.DATE_ZONE_IGNORED': 'タイムゾーン付きの日付です。時刻は書かれたとおりに残しました。',
  'import.issue.INVALID_DATE': '日付ではありません。セルは空のままにしました。',
  'import.issue.END_BEFORE_START': '終了が開始より前です。終了は取り込まれませんでした。',
  'import.issue.INVALID_DURATION': '期間ではありません。セルは空のままにしました。',
  'import.issue.INVALID_PROGRESS': '0 から 100 の割合ではありません。セルは空のままにしました。',
  'import.issue.INVALID_VALUE': 'このフィールドに入らない値です。取り込まれませんでした。',
  'import.issue.DUPLICATE_ID': 'この ID は使用済みか使用できません。タスクに新しい ID を付けました。',
  'import.issue.UNKNOWN_PARENT': 'この親の名前や ID のタスクがありません。タスクは最上位に置きました。',
  'import.issue.HIERARCHY_CYCLE': 'この親ではタスクが自身の祖先になります。タスクは最上位に置きました。',
  'import.issue.INVALID_OUTLINE':
    'アウトライン番号またはレベルが上の行と合いません。タスクは最上位か上の行の下に置きました。',
  'import.issue.UNKNOWN_TASK_REFERENCE':
    'この名前や ID のタスクがありません。リンクは取り込まれませんでした。',
  'import.issue.AMBIGUOUS_TASK_REFERENCE':
    'この名前のタスクが複数あります。リンクまたは親は取り込まれませんでした。',
  'import.issue.INVALID_LINK':
    '有効なリンクではありません (読み取れない、自身へのリンク、またはループになる)。取り込まれませんでした。',
  'import.issue.PERCENT_LAG':
    'Roadline にはない割合 (%) のラグです。リンクは相当する稼働時間で、またはラグなしで取り込みました。',
  'import.issue.UNKNOWN_RELEASE': 'この名前のリリースがありません。取り込まれませんでした。',
  'import.issue.DUPLICATE_COLUMN': '同じフィールドの 2 つ目の列です。読み取りませんでした。',
  'import.issue.MISSING_CALENDAR':
    'ファイルが名前を挙げているのに含まれていないカレンダー (Project の組み込み) です。いずれも Project の標準カレンダーとして読み取りました。',
  'import.issue.ELAPSED_DURATION': '経過期間です。いずれもその間の稼働時間として取り込みました。',
  'import.issue.ELAPSED_LAG': '経過時間のラグです。いずれもその間の稼働時間として取り込みました。',
  'import.issue.INACTIVE_TASK':
    '非アクティブなタスクです。いずれもその日付の手動タスクとして、リンクなしで取り込みました。',
  'import.issue.EXTERNAL_TASK':
    '他のプロジェクトのタスクまたは挿入されたサブプロジェクトです。いずれもその日付の手動タスクとして取り込みました。',
  'import.issue.EXTERNAL_LINK':
    '他のプロジェクトへのリンクです。いずれも取り込まず、後続タスクは日付を保ちます。',
  'import.issue.SCHEDULED_FROM_FINISH':
    'プロジェクトは終了日からスケジュールされています。Project が計算した日付で取り込み、開始日からスケジュールしました。',
  'import.issue.PROJECT_SUMMARY_LINK': 'プロジェクト サマリー タスクのリンクです。取り込まれませんでした。',
  'import.issue.MILESTONE_WITH_DURATION':
    '期間のあるマイルストーンです。いずれもその期間のタスクとして取り込みました。',
  'import.issue.LEVELING_DELAY':
    '平準化による遅延です。遅延した各タスクは開始日を「指定日以後に開始」の制約として保ちます。',
  'import.issueTasks': 'タスク: {tasks}',
};
