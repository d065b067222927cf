/** چھ قصبے، ان کے صفحے، اور ہر وارڈ کا منصفانہ حصہ: جدول اور کمیاں سیدھے الفاظ میں۔ */
import type { Gap } from "../../../areas/fairness";
import { plural } from "../../plural";
import type { Messages } from "../../types";

const AUDIENCE_GAPS = { families: "خاندانوں", "young-people": "نوجوانوں", "older-people": "بزرگوں" };

/** "اگلے 30 دنوں میں" */
function nextDays(days: number): string {
  return plural("ur", days, { one: "اگلے # دن میں", other: "اگلے # دنوں میں" });
}

function lacking(gap: Pick<Gap, "kind" | "audience">): string {
  switch (gap.kind) {
    case "events":
      return "کوئی تقریب نہیں";
    case "free":
      return "کوئی مفت تقریب نہیں";
    case "freeFor":
      return `${AUDIENCE_GAPS[gap.audience ?? "families"]} کے لیے کوئی مفت تقریب نہیں`;
    case "beforeDark":
      return "اندھیرا ہونے سے پہلے ختم ہونے والی کوئی تقریب نہیں";
    case "buddyUp":
      return "ساتھی سروس والی کوئی تقریب نہیں";
  }
}

export const areas: Messages["areas"] = {
  index: {
    title: "علاقے",
    description: "اسٹوک آن ٹرینٹ کے چھ قصبے اور ان کے وارڈ، اور ہر ایک میں کتنی تقریبات اور خدمات ہیں۔",
    heading: "چھ قصبے",
    lede: "Tunstall، Burslem، Hanley، Stoke، Fenton اور Longton سن 1910 میں مل کر ایک شہر بنے۔ کوئی قصبہ چنیں اور دیکھیں کہ وہاں کیا ہو رہا ہے، کہاں جائیں اور کس سے پوچھیں۔",
    counts: (events, days, services, places) =>
      [
        `${nextDays(days)} ${plural("ur", events, { one: "# تقریب", other: "# تقریبات" })}`,
        plural("ur", services, { one: "# خدمت", other: "# خدمات" }),
        plural("ur", places, { one: "# جگہ", other: "# جگہیں" }),
      ].join(" · "),
    fairnessHeading: "ہر علاقے کو کیا ملتا ہے",
    fairness: (days) =>
      `کچھ علاقوں کو دوسروں سے زیادہ ملتا ہے۔ ہم اعداد کھلے عام دکھاتے ہیں تاکہ گروپ، فنڈ دینے والے اور کونسل دیکھ سکیں کہ کہاں زیادہ ضرورت ہے۔ نمونے کے اندراج نہیں گنے جاتے؛ تقریبات سے مراد ${nextDays(days)} ان کی تاریخیں ہیں۔`,
    caption: "ہر قصبے کے اندراجات",
    town: "قصبہ",
    eventsNext: (days) => `تقریبات، ${nextDays(days)}`,
    services: "خدمات",
    groups: "سرگرم گروپ",
    places: "جگہیں",
    greenSpaces: "سبز جگہیں",
    wardsLink: "{link}: 34 وارڈز میں سے ہر ایک کے پاس کیا ہے، اور کمیاں کہاں ہیں۔",
    wardsHeading: "وارڈ",
    wards:
      "شہر میں 34 انتخابی وارڈ ہیں۔ ہم ہر وارڈ کو اس قصبے کے تحت رکھتے ہیں جس میں وہ ہے یا جس کے سب سے قریب ہے؛ کچھ وارڈ قصبوں کے درمیان ہیں۔",
    betweenTowns: "قصبوں کے درمیان",
  },
  town: {
    crumb: "علاقے",
    description: (town) =>
      `${town}، اسٹوک آن ٹرینٹ میں کیا ہو رہا ہے: تقریبات، کمیونٹی گروپ، سبز جگہیں، ملنے کی جگہیں اور مقامی خدمات۔`,
    everything: (town) => `${town} میں سب کچھ جو ہو رہا ہے`,
    print: "نوٹس بورڈ کے لیے {link}۔",
    printLink: (town) => `${town} کا یہ ہفتہ اور اگلا ہفتہ پرنٹ کریں`,
    comingUp: (town) => `${town} میں جلد آنے والی تقریبات`,
    nothingOn: (town) => `اس ہفتے ${town} میں کچھ درج نہیں۔`,
    places: (town) => `${town} کی جگہیں`,
    groups: (town) => `${town} میں سرگرم گروپ`,
    services: (town) => `${town} کی خدمات`,
    wardsHeading: "وارڈ",
    wards: (town, wards) => `وارڈز کے اس گروپ کا نام ${town} سے ہے: ${wards.join("؛ ")}۔`,
  },
  wards: {
    crumb: "علاقے",
    title: "ہر وارڈ کا منصفانہ حصہ",
    titleBy: (measure) => `ہر وارڈ کا منصفانہ حصہ: "${measure}" کے لحاظ سے`,
    current: "ہر وارڈ کا منصفانہ حصہ",
    description:
      "اسٹوک آن ٹرینٹ کے 34 وارڈز میں سے ہر ایک میں کتنی تقریبات، گروپ، خدمات اور سبز جگہیں ہیں، اور کمیاں کہاں ہیں۔",
    lede: "رہائشیوں نے شہر کو بتایا کہ کچھ علاقوں کو دوسروں سے زیادہ ملتا ہے۔ یہاں شہر کے 34 وارڈز میں سے ہر ایک میں درج چیزیں ہیں، انہی اندراجات سے گنی ہوئی جو سائٹ دکھاتی ہے، تاکہ گروپ، فنڈ دینے والے اور کونسل دیکھ سکیں کہ کن وارڈز کے پاس سب سے کم ہے۔",
    counted: (days) => [
      "نمونے کے اندراج کبھی نہیں گنے جاتے۔ کوئی اندراج کسی وارڈ میں تب گنا جاتا ہے جب کوئی ذریعہ ہمیں اس کی جگہ کا وارڈ بتائے۔",
      `تقریبات کی تاریخیں وہ ہیں جو ${nextDays(days)} ہو رہی ہیں؛ ہفتہ وار تقریب ہر ہفتے گنی جاتی ہے۔ گروپ ہر اس وارڈ میں ایک بار گنا جاتا ہے جہاں وہ کوئی باقاعدہ سرگرمی کرتا ہے۔`,
      "یہ سادہ گنتی ہے۔ ہر 1,000 رہائشیوں کے حساب سے گنتی کے لیے ہر وارڈ کی آبادی کسی شائع شدہ ذریعے سے چاہیے، جو ابھی سائٹ کے پاس نہیں۔",
    ],
    download: "جدول CSV فائل کے طور پر ڈاؤن لوڈ کریں، اسپریڈشیٹ میں استعمال کے لیے",
    noEvents:
      "ابھی کسی تقریب کی تاریخ نہیں گنی گئی: آج سائٹ کی تمام تقریبات نمونے ہیں، جو کبھی نہیں گنے جاتے۔ اصلی اندراجات آنے کے ساتھ جدول بھرتا جائے گا۔",
    tableHeading: "جدول",
    sortHint: "کسی کالم کے عنوان کو چن کر جدول کو اس کے لحاظ سے ترتیب دیں۔",
    gapsHeading: "کمیاں",
    noGaps: (days) => `${nextDays(days)} ہر وارڈ میں ہر قسم کی کوئی نہ کوئی چیز ہے۔`,
    gap: (gap, days) => `${nextDays(days)} ${lacking(gap)}`,
    gapWards: (wards, total) =>
      wards.length === total
        ? `تمام ${total} وارڈز میں۔`
        : `${plural("ur", wards.length, { one: "# وارڈ میں", other: "# وارڈز میں" })}: ${wards.join("، ")}۔`,
    submit: "کیا آپ ان میں سے کسی وارڈ میں کچھ چلاتے ہیں؟ {link} اور ہم اسے درج کر دیں گے۔",
    submitLink: "ہمیں بتائیں",
    measures: {
      events: "تقریبات کی تاریخیں",
      free: "مفت تقریبات کی تاریخیں",
      beforeDark: "اندھیرے سے پہلے ختم",
      buddyUp: "ساتھی سروس کے ساتھ",
      groups: "باقاعدہ گروپ",
      services: "خدمات",
      greenSpaces: "سبز جگہیں",
    },
    measuresInSentence: {
      events: "تقریبات کی تاریخیں",
      free: "مفت تقریبات کی تاریخیں",
      beforeDark: "اندھیرے سے پہلے ختم",
      buddyUp: "ساتھی سروس کے ساتھ",
      groups: "باقاعدہ گروپ",
      services: "خدمات",
      greenSpaces: "سبز جگہیں",
    },
    caption: (sortedBy, days) =>
      `ہر وارڈ کے اندراجات، ${sortedBy === undefined ? "نام کے لحاظ سے" : `"${sortedBy}" سب سے زیادہ والے پہلے`}۔ تقریبات کی تاریخیں وہ ہیں جو ${nextDays(days)} ہیں۔`,
    ward: "وارڈ",
    nextDays: (days) => `، ${nextDays(days)}`,
    unknownWard: "ان جگہوں پر جن کا وارڈ معلوم نہیں",
    tiles: {
      heading: (measure) => `وارڈ، ${measure} کے حساب سے رنگے ہوئے`,
      note: "ہر وارڈ ایک خانہ ہے، قصبوں کے حساب سے شمال سے جنوب کی ترتیب میں، جتنا زیادہ اتنا گہرا رنگ۔ یہ خانے پیمانے کے مطابق نقشہ نہیں: سائٹ کے پاس ابھی کسی شائع شدہ ذریعے سے وارڈوں کی حدود نہیں ہیں۔ نیچے والی جدول میں یہی گنتی ہے۔",
      colourBy: "رنگ کس حساب سے",
      betweenTowns: "قصبوں کے درمیان",
      none: "کوئی نہیں",
      fewToMany: (most) => `کم سے زیادہ (سب سے زیادہ ${most})`,
    },
  },
};
