import type { network as en } from '../../en/network.js';
import type { Message } from '../../message.js';

/** Arabic: the dependency network. */
export const network: Readonly<Record<keyof typeof en, Message>> = {
  'network.label': 'شبكة الاعتماديات',
  'network.fit': 'ملاءمة العرض',
  'network.zoomIn': 'تكبير',
  'network.zoomOut': 'تصغير',
  'network.overview': 'نظرة عامة على الشبكة',
  'network.empty': 'لا توجد مهام لعرضها.',
  'network.taskRole': 'مهمة',
  'network.milestone': 'مرحلة رئيسية',
  'network.summary': 'مهمة ملخصة',
  'network.critical': 'حرجة',
  'network.collapse': 'طي {name}',
  'network.duration': 'المدة {duration}',
  'network.slack': 'الفائض {days}',
  'network.lag.minute': '{sign}{count} د',
  'network.lag.hour': '{sign}{count} س',
  'network.lag.day': '{sign}{count} ي',
  'network.lag.week': '{sign}{count} أ',
  'network.linking': 'جارٍ الربط من {name}. انتقل إلى مهمة أخرى واضغط Enter للربط، أو Escape للإلغاء.',
  'network.linkCancelled': 'أُلغي الربط.',
  'network.linked': 'رُبطت {from} بـ{to}.',
  'network.unlinked': 'أُزيل الرابط من {from} إلى {to}.',
  'network.edgeSelected': 'حُدد الرابط {type} من {from} إلى {to}. اضغط Delete لإزالته.',
  'network.noSuccessor': 'لا توجد مهمة لاحقة.',
  'network.noPredecessor': 'لا توجد مهمة سابقة.',
};
