/** ہر اندراج کے صفحے کے مشترکہ الفاظ: قیمت، عمریں، نشانیاں، کون چلاتا ہے، وہاں کیسے پہنچیں۔ */
import type { Messages } from "../../types";

export const listing: Messages["listing"] = {
  breadcrumb: { label: "آپ یہاں ہیں", home: "پہلا صفحہ" },
  list: (items) => items.join("، "),
  sentences: (parts) => parts.join("۔ "),
  cost: {
    free: "مفت",
    payWhatYouCan: "جتنا دے سکیں",
    payWhatYouCanAbout: (price) => `جتنا دے سکیں (${price})`,
    askOrganiser: "منتظم سے پوچھیں",
  },
  ages: {
    range: (min, max) => `عمر ${min} سے ${max} سال`,
    andOver: (min) => `عمر ${min} سال اور اس سے زیادہ`,
    andUnder: (max) => `عمر ${max} سال تک`,
  },
  tags: {
    label: "تفصیلات",
    beforeDark: "اندھیرا ہونے سے پہلے ختم",
    buddyUp: "ساتھی سروس دستیاب ہے",
    regular: "باقاعدگی سے",
    example: "نمونے کا اندراج",
  },
  status: { cancelled: "منسوخ", postponed: "ملتوی", moved: "تاریخ بدل گئی" },
  trust: {
    example: {
      heading: "نمونے کا اندراج۔",
      event:
        "یہ تقریب صرف یہ دکھاتی ہے کہ Stoke Together پر اندراج کیسے نظر آتے ہیں۔ یہ اصلی تقریب نہیں ہے، اس لیے براہِ کرم اسے ڈھونڈنے وہاں نہ جائیں۔",
      group:
        "یہ گروپ صرف یہ دکھاتا ہے کہ Stoke Together پر اندراج کیسے نظر آتے ہیں۔ یہ اصلی گروپ نہیں ہے، اس لیے براہِ کرم اسے ڈھونڈنے وہاں نہ جائیں۔",
      service:
        "یہ خدمت صرف یہ دکھاتی ہے کہ Stoke Together پر اندراج کیسے نظر آتے ہیں۔ یہ اصلی خدمت نہیں ہے، اس لیے براہِ کرم اسے ڈھونڈنے وہاں نہ جائیں۔",
    },
    runBy: "کون چلاتا ہے",
    verified: "تصدیق شدہ",
    verifiedBy: (by, on) => `جی ہاں، ${by} نے ${on} کو تصدیق کی`,
    notVerified: "ابھی تصدیق نہیں ہوئی",
    listed: "اندراج",
    source: {
      curated: "Stoke Together کے مدیران نے درج کیا",
      submitted: "منتظم نے بھیجا اور ایک نگران نے جانچا",
      imported: "وہاں سے لیا گیا جہاں منتظم اسے شائع کرتا ہے",
    },
    importedFrom: (name) => `${name} سے، جانچا گیا`,
    timeOnDate: (time, date) => `${date}، ${time}`,
    changedThere: "؛ وہاں آخری تبدیلی",
    alsoListedBy: (names) => `۔ ${names} پر بھی درج ہے`,
    lastUpdated: "آخری بار تازہ کیا گیا",
    says: (name) => `، ${name} کے مطابق`,
    lastChecked: "آخری بار جانچا گیا",
  },
  languages: { label: "زبانیں", here: "اردو بولی جاتی ہے" },
  print: { fallback: "اپنے براؤزر کا Print استعمال کریں (Ctrl+P، یا اس کے مینو میں Print)۔" },
};
