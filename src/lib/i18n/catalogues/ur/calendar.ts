/** کیلنڈر فیڈ کا صفحہ: اپنی فیڈ بنانا، سبسکرائب کرنے کا طریقہ، اور تیار فیڈز۔ فیڈز خود انگریزی ڈیٹا رہتی ہیں۔ */
import type { Messages } from "../../types";
import { plural, pluralSet } from "../../plural";

const weeks = (n: number) => plural("ur", n, { one: "ایک ہفتے", other: "# ہفتوں" });

export const calendar: Messages["calendar"] = {
  title: "کیلنڈر فیڈز",
  description:
    "اسٹوک آن ٹرینٹ کے پروگرام اپنے Google، Apple یا Outlook کیلنڈر میں سبسکرائب کریں: قصبہ، موضوع، کس کے لیے، مفت پروگرام یا اندھیرا ہونے سے پہلے ختم ہونے والے چنیں۔",
  crumb: "کیا ہو رہا ہے",
  heading: "پروگرام اپنے کیلنڈر میں پائیں",
  lede: "جس چیز میں آپ کی دلچسپی ہے وہ چنیں، ہم آپ کی کیلنڈر ایپ کے لیے ایک لنک بنا دیں گے۔ یہ خود بخود تازہ رہتا ہے، اس لیے یہ جاننے کے لیے کہ کیا ہو رہا ہے آپ کو یہاں واپس آنے کی ضرورت نہیں۔",
  rssTitle: "Stoke Together: نئے اور تازہ کیے گئے پروگرام",
  form: {
    heading: "اپنی فیڈ بنائیں",
    town: "قصبہ",
    anyTown: "شہر میں کہیں بھی",
    ward: "وارڈ",
    anyWard: "کوئی بھی وارڈ",
    category: "کس بارے میں",
    anyCategory: "کچھ بھی",
    audience: "کس کے لیے",
    anyAudience: "کوئی بھی",
    only: "صرف وہ پروگرام جو…",
    free: "مفت ہوں یا جتنا دے سکیں",
    dark: "اندھیرا ہونے سے پہلے ختم ہوں",
    buddy: "ساتھی سروس دیں",
    accessibility: "رسائی",
    submit: "میرا کیلنڈر لنک بنائیں",
  },
  result: {
    heading: "آپ کا کیلنڈر لنک",
    subscribeHeading: "یہ کیلنڈر سبسکرائب کریں",
    copy: "پتا کاپی کریں",
    address: "Google Calendar یا Outlook میں پیسٹ کرنے کا پتا:",
    copied: "پتا کاپی ہو گیا۔ اسے اپنی کیلنڈر ایپ میں پیسٹ کریں۔",
    copyFailed: "کاپی نہیں ہو سکا: پتا منتخب کر کے خود کاپی کریں۔",
    cancelled: "(منسوخ)",
    previewHeading: (n) => `اگلے ${weeks(n)} میں اس میں کیا ہے`,
    nothing: (n) =>
      `اگلے ${weeks(n)} میں ابھی کچھ نہیں ملتا۔ آپ پھر بھی سبسکرائب کر سکتے ہیں: نئے پروگرام درج ہوتے ہی آ جائیں گے۔`,
    matches: pluralSet({ one: "# تاریخ ملتی ہے", other: "# تاریخیں ملتی ہیں" }),
    shownFirst: "؛ پہلی {shown} دکھائی گئی ہیں",
    end: "۔",
    change: "اپنی پسند بدلیں",
    problemsTitle: "اپنی پسند دیکھیں",
    problemsHeading: "کچھ انتخاب پڑھے نہیں جا سکے",
    problemsBack: "واپس جائیں اور دوبارہ چنیں",
    problem: {
      town: "فہرست میں سے قصبہ چنیں۔",
      ward: "فہرست میں سے وارڈ چنیں۔",
      category: "فہرست میں سے چنیں کہ کس بارے میں ہے۔",
      audience: "فہرست میں سے چنیں کہ کس کے لیے ہے۔",
      access: "فہرست میں سے رسائی کی ضروریات چنیں۔",
      other: "ایک انتخاب پڑھا نہیں جا سکا۔",
    },
  },
  name: {
    sentence: "{where}{who}{what} کا کیلنڈر{extras}۔",
    events: "پروگراموں",
    topicEvents: "{topic} کے پروگراموں",
    inPlace: "{place} میں ",
    inCity: "اسٹوک آن ٹرینٹ میں ",
    forAudience: "{audience} کے لیے ",
    extrasStart: "، ",
    lowerCase: false,
    free: "مفت یا جتنا دے سکیں",
    dark: "اندھیرا ہونے سے پہلے ختم",
    buddy: "ساتھی سروس دستیاب",
  },
  howTo: {
    heading: "سبسکرائب کیسے کریں",
    intro:
      "سبسکرائب کرنے سے آپ کے کیلنڈر میں پروگرام تازہ رہتے ہیں: نئی تاریخیں آ جاتی ہیں اور منسوخ شدہ ہٹ جاتی ہیں، عام طور پر ایک دن کے اندر۔ اوقات برطانیہ کے ہیں، اس لیے گھڑیاں بدلنے پر بھی شام 7 بجے کا پروگرام 7 بجے ہی رہتا ہے۔",
    google: "Google Calendar",
    googleSteps: [
      "https:// والا پتا کاپی کریں۔",
      'کمپیوٹر پر Google Calendar کھولیں، پھر "Other calendars" کے ساتھ + اور "From URL" چنیں۔',
      'پتا پیسٹ کریں اور "Add calendar" چنیں۔ پھر یہ آپ کے فون پر بھی نظر آئے گا۔',
    ],
    apple: "Apple Calendar (iPhone، iPad، Mac)",
    appleSteps: [
      '"اپنی کیلنڈر ایپ میں سبسکرائب کریں" (webcal:// لنک) پر ٹیپ کریں اور تصدیق کریں۔',
      'یا Settings میں Calendar، Accounts، Add Account، Other، "Add Subscribed Calendar" پر جا کر پتا پیسٹ کریں۔',
    ],
    outlook: "Outlook",
    outlookSteps: [
      'ویب پر Outlook میں "Add calendar"، پھر "Subscribe from web" چنیں۔',
      'https:// والا پتا پیسٹ کریں، اسے نام دیں اور "Import" چنیں۔',
      "Windows پر Outlook ایپ میں webcal:// لنک اسے سیدھا کھول دیتا ہے۔",
    ],
  },
  ready: {
    heading: "تیار فیڈز",
    everything: "سب کچھ:",
    all: "تمام پروگرام سبسکرائب کریں",
    orCopy: "یا یہ کاپی کریں",
    byTown: "قصبے کے لحاظ سے",
    byTopic: "موضوع کے لحاظ سے",
    more: "ہر گروپ، جگہ اور قصبے کے صفحے پر بھی سبسکرائب کا اپنا لنک ہے۔",
  },
  news: {
    heading: "نیوز ریڈر پسند ہے؟",
    before: "",
    link: "نئے اور تازہ کیے گئے پروگرام RSS فیڈ کے طور پر",
    after: " فالو کریں: نئے درج اور حال ہی میں جانچے گئے پروگرام پہلے آتے ہیں۔ فیڈ انگریزی میں ہے۔",
  },
  linkPage: {
    description: "Stoke Together سے آپ کا کیلنڈر لنک۔",
    title: "آپ کا کیلنڈر لنک",
  },
};
