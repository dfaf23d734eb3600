import type { importIssues } from '../../en/import-issues.js';
import type { Message } from '../../message.js';

/** Arabic: the import wizard's sentence for each issue code of the built-in importers. */
export const importIssueWords: Readonly<Record<keyof typeof importIssues, Message>> = {
  'import.issue.MISSING_NAME': 'لا يوجد اسم: تم تخطي الصف.',
  'import.issue.EXTRA_CELLS': 'عدد الخلايا أكبر من عدد الأعمدة: تم تخطي الصف.',
  'import.issue.UNREADABLE_ROW': 'تعذرت قراءة الصف (علامة اقتباس غير مغلقة): تم تخطيه أو اقتطاعه.',
  'import.issue.AMBIGUOUS_DATE_ORDER':
    'لا تُظهر التواريخ هل يأتي اليوم أم الشهر أولًا: قُرئت على أنها شهر/يوم/سنة ما لم تختر الترتيب.',
  'import.issue.DATE_ZONE_IGNORED': 'تواريخ بمنطقة زمنية: أُبقي وقتها كما كُتب.',
  'import.issue.INVALID_DATE': 'ليس تاريخًا: تُركت الخلية فارغة.',
  'import.issue.END_BEFORE_START': 'النهاية قبل البداية: تم تخطي النهاية.',
  'import.issue.INVALID_DURATION': 'ليست مدة: تُركت الخلية فارغة.',
  'import.issue.INVALID_PROGRESS': 'ليست نسبة مئوية من 0 إلى 100: تُركت الخلية فارغة.',
  'import.issue.INVALID_VALUE': 'قيمة لا يقبلها هذا الحقل: تم تخطيها.',
  'import.issue.DUPLICATE_ID': 'هذا المعرّف مستخدم من قبل أو غير مسموح: حصلت المهمة على معرّف جديد.',
  'import.issue.UNKNOWN_PARENT':
    'لا توجد مهمة بهذا الاسم أو المعرّف للمهمة الأم: وُضعت المهمة في المستوى الأعلى.',
  'import.issue.HIERARCHY_CYCLE': 'هذه المهمة الأم تجعل المهمة سلفًا لنفسها: وُضعت المهمة في المستوى الأعلى.',
  'import.issue.INVALID_OUTLINE':
    'رقم المخطط أو المستوى لا يتوافق مع الصفوف السابقة: وُضعت المهمة في المستوى الأعلى أو تحت الصف السابق.',
  'import.issue.UNKNOWN_TASK_REFERENCE': 'لا توجد مهمة بهذا الاسم أو المعرّف: تم تخطي الارتباط.',
  'import.issue.AMBIGUOUS_TASK_REFERENCE': 'عدة مهام تحمل هذا الاسم: تم تخطي الارتباط أو المهمة الأم.',
  'import.issue.INVALID_LINK': 'ارتباط غير صالح (غير مقروء، أو بالمهمة نفسها، أو يُغلق حلقة): تم تخطيه.',
  'import.issue.PERCENT_LAG':
    'فاصل زمني بالنسبة المئوية لا يدعمه Roadline: استُورد الارتباط بوقت العمل المقابل أو دون الفاصل.',
  'import.issue.UNKNOWN_RELEASE': 'لا يوجد إصدار بهذا الاسم: تم تخطيه.',
  'import.issue.DUPLICATE_COLUMN': 'عمود ثانٍ للحقل نفسه: لم تتم قراءته.',
  'import.issue.MISSING_CALENDAR':
    'تقويمات يذكرها الملف ولا يحتويها (المدمجة في Project): قُرئ كل منها على أنه التقويم القياسي في Project.',
  'import.issue.ELAPSED_DURATION': 'مدد منقضية: استُوردت كل منها على أنها وقت العمل الذي تمتد عليه.',
  'import.issue.ELAPSED_LAG': 'فواصل زمنية منقضية: استُورد كل منها على أنه وقت العمل الذي يمتد عليه.',
  'import.issue.INACTIVE_TASK': 'مهام غير نشطة: استُوردت كل منها مهمةً يدوية في تواريخها، دون ارتباطاتها.',
  'import.issue.EXTERNAL_TASK':
    'مهام من مشاريع أخرى أو مشاريع فرعية مُدرجة: استُوردت كل منها مهمةً يدوية في تواريخها.',
  'import.issue.EXTERNAL_LINK': 'ارتباطات بمشاريع أخرى: تم تخطي كل منها، وتحتفظ المهمة اللاحقة بتاريخها.',
  'import.issue.SCHEDULED_FROM_FINISH':
    'المشروع مجدول من تاريخ انتهائه: استُورد بالتواريخ التي حسبها Project، مجدولًا من تاريخ بدايته.',
  'import.issue.PROJECT_SUMMARY_LINK': 'ارتباطات على المهمة الملخصة للمشروع: تم تخطيها.',
  'import.issue.MILESTONE_WITH_DURATION': 'معالم لها مدة: استُورد كل منها مهمةً بتلك المدة.',
  'import.issue.LEVELING_DELAY': 'تأخيرات التسوية: تحتفظ كل مهمة متأخرة ببدايتها كقيد «البدء ليس قبل».',
  'import.issueTasks': 'المهام: {tasks}',
};
