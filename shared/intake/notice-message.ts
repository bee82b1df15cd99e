/**
 * Prepared notices to the beneficiary (policy 3.3e): the text staff send through the agreed channel
 * (there is no gateway yet: they copy it, print it or read it out, then confirm it was sent). One
 * template per kind of channel, in Arabic and English, each with the request number, the outcome, the
 * due date in Hijri (Umm al-Qura) and Gregorian, and the next step. Pure: dates come in as ISO dates.
 */
import type { Locale } from '../i18n/locale';
import { formatGregorian, formatHijri } from '../calendar/hijri';
import type { IsoDate } from '../calendar/iso-date';
import type { Decision } from './request-status';

export const NOTICE_TEMPLATES = ['sms', 'whatsapp', 'letter', 'call-script', 'email'] as const;
export type NoticeTemplate = (typeof NOTICE_TEMPLATES)[number];

/** 'received': the request is complete and referred (with its due date); the others: the study's outcome. */
export type NoticeKind = 'received' | Decision;

export type NoticeInput = {
  template: NoticeTemplate;
  locale: Locale;
  kind: NoticeKind;
  beneficiaryName: string;
  requestNumber: string;
  requestTypeName: string;
  associationName: string;
  /** The reply due date, shown in both calendars. */
  dueDate?: IsoDate | null;
  /** The decision's reason (what is missing, why it was refused). */
  reason?: string;
};

export type NoticeMessage = { subject: string; body: string };

/** The template for a channel catalog sub-channel (unknown ones get the letter, the most complete). */
export function noticeTemplateFor(subChannel: string): NoticeTemplate {
  switch (subChannel) {
    case 'sms':
      return 'sms';
    case 'whatsapp':
      return 'whatsapp';
    case 'voice-call':
    case 'interview':
      return 'call-script';
    case 'email':
    case 'web-form':
      return 'email';
    default:
      return 'letter';
  }
}

type Texts = {
  outcome: Record<NoticeKind, string>;
  next: Record<NoticeKind, string>;
  reason: string;
  due: string;
  subject: string;
  greeting: string;
  letterOpen: string;
  letterClose: string;
  callOpen: string;
  callClose: string;
};

const AR: Texts = {
  outcome: {
    received: 'تم استلام طلبكم ({type}) رقم {number} مكتملاً، وأُحيل إلى الجهة المختصة.',
    approved: 'نفيدكم بالموافقة على طلبكم ({type}) رقم {number}.',
    rejected: 'نعتذر عن عدم قبول طلبكم ({type}) رقم {number}.',
    'more-info-needed': 'طلبكم ({type}) رقم {number} يحتاج إلى معلومات إضافية.',
  },
  next: {
    received: 'سنبلغكم بالنتيجة عبر وسيلة التواصل المتفق عليها.',
    approved: 'يرجى مراجعة الجمعية ومعكم أصل الهوية لاستكمال إجراءات الصرف.',
    rejected: 'يمكنكم مراجعة الجمعية للاستفسار، أو تقديم طلب جديد إذا تغيرت ظروفكم.',
    'more-info-needed': 'يرجى مراجعة الجمعية لاستكمال المطلوب، وتبدأ مدة الرد من جديد بعد الاستكمال.',
  },
  reason: 'السبب: {reason}',
  due: 'موعد الرد: {hijri} الموافق {gregorian}',
  subject: 'طلبكم رقم {number} لدى {association}',
  greeting: 'السلام عليكم {name}،',
  letterOpen: 'المكرم/ {name} سلّمه الله\nالسلام عليكم ورحمة الله وبركاته، وبعد:',
  letterClose: 'وتقبلوا خالص التحية،\n{association}',
  callOpen: 'السلام عليكم، معك {association}. هل أتحدث مع {name}؟\n(بعد التأكد من هوية المتحدث:)',
  callClose: 'هل لديكم أي استفسار؟ شكراً لكم، مع السلامة.',
};

const EN: Texts = {
  outcome: {
    received: 'Your request ({type}) no. {number} has been received complete and referred to the competent unit.',
    approved: 'Your request ({type}) no. {number} has been approved.',
    rejected: 'We regret that your request ({type}) no. {number} has not been accepted.',
    'more-info-needed': 'Your request ({type}) no. {number} needs more information.',
  },
  next: {
    received: 'We will tell you the outcome through the contact channel you agreed to.',
    approved: 'Please visit the association with your original ID to complete the payment procedure.',
    rejected: 'You may visit the association for questions, or submit a new request if your circumstances change.',
    'more-info-needed': 'Please visit the association to complete what is needed; the reply period starts again once it is complete.',
  },
  reason: 'Reason: {reason}',
  due: 'Reply due: {hijri} ({gregorian})',
  subject: 'Your request no. {number} with {association}',
  greeting: 'Dear {name},',
  letterOpen: 'Dear {name},',
  letterClose: 'Kind regards,\n{association}',
  callOpen: 'Hello, this is {association}. Am I speaking with {name}?\n(Once the caller is confirmed:)',
  callClose: 'Do you have any questions? Thank you, goodbye.',
};

const fill = (text: string, values: Record<string, string>): string =>
  text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

/** Builds the notice. Blank optional parts (reason, due date) are left out rather than shown empty. */
export function buildNotice(input: NoticeInput): NoticeMessage {
  const t = input.locale === 'ar' ? AR : EN;
  const values = {
    name: input.beneficiaryName.trim(),
    number: input.requestNumber,
    type: input.requestTypeName.trim(),
    association: input.associationName.trim(),
    reason: (input.reason ?? '').trim(),
    hijri: input.dueDate ? formatHijri(input.dueDate, input.locale) : '',
    gregorian: input.dueDate ? formatGregorian(input.dueDate, input.locale) : '',
  };
  const core = [
    t.outcome[input.kind],
    ...(values.reason && input.kind !== 'received' && input.kind !== 'approved' ? [t.reason] : []),
    ...(input.dueDate ? [t.due] : []),
    t.next[input.kind],
  ].map((line) => fill(line, values));
  const subject = fill(t.subject, values);

  switch (input.template) {
    case 'sms':
      // One paragraph, no greeting line: an SMS is read in a notification preview.
      return { subject, body: [...core, values.association].join(' ') };
    case 'whatsapp':
      return { subject, body: [fill(t.greeting, values), '', ...core, '', values.association].join('\n') };
    case 'email':
      return { subject, body: [fill(t.greeting, values), '', ...core, '', fill(t.letterClose, values)].join('\n') };
    case 'call-script':
      return { subject, body: [fill(t.callOpen, values), ...core, fill(t.callClose, values)].join('\n') };
    case 'letter':
      return { subject, body: [fill(t.letterOpen, values), '', ...core, '', fill(t.letterClose, values)].join('\n') };
  }
}
