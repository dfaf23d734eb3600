import type { workflow as en } from '../../en/workflow.js';
import type { Message } from '../../message.js';

/** Arabic: the status flow (`rl-workflow`). */
export const workflow: Readonly<Record<keyof typeof en, Message>> = {
  'workflow.label': 'سير العمل',
  'workflow.items': {
    zero: '{count} عنصر',
    one: 'عنصر واحد',
    two: 'عنصران',
    few: '{count} عناصر',
    many: '{count} عنصرًا',
    other: '{count} عنصر',
  },
  'workflow.ofLimit': '{count} من {limit}',
  'workflow.overLimit': 'فوق حد العمل الجاري {limit}',
  'workflow.age': 'متوسط الانتظار {days} يوم',
  'workflow.bottleneck': 'عنق الزجاجة',
  'workflow.transitions': 'الانتقالات',
  'workflow.transition': 'من {from} إلى {to}: {count}',
  'workflow.back': 'عودة من {from} إلى {to}: {count}',
  'workflow.filtered': 'يُعرض {status} فقط.',
  'workflow.unfiltered': 'تُعرض كل الحالات.',
  'workflow.empty': 'لا توجد حالات لعرضها.',
};
