/** ہر صفحے کا ڈھانچہ: اوپر کی پٹی، مینو، نیچے کا حصہ اور زبان کا انتخاب۔ */
import type { Messages } from "../../types";

export const site: Messages["site"] = {
  name: "Stoke Together",
  fullTitle: "Stoke Together: اسٹوک آن ٹرینٹ میں آپ کے قریب کیا ہو رہا ہے",
  pageTitle: (title) => `${title} | Stoke Together`,
  lastUpdated: (date) => `آخری بار ${date} کو تازہ کیا گیا۔`,
  comma: "، ",
  skipLink: "سیدھا اصل مواد پر جائیں",
  home: "Stoke Together، پہلا صفحہ",
  nav: {
    label: "مرکزی مینو",
    find: "اپنے قریب تلاش کریں",
    events: "کیا ہو رہا ہے",
    groups: "گروپ",
    places: "جگہیں",
    services: "خدمات",
    areas: "علاقے",
  },
  footer: {
    about:
      "Tunstall، Burslem، Hanley، Stoke، Fenton اور Longton میں آپ کے قریب کیا ہو رہا ہے۔ ہر اندراج بتاتا ہے کہ اسے کون چلاتا ہے اور اسے آخری بار کب جانچا گیا۔",
    navLabel: "اس ویب سائٹ کے بارے میں",
    submit: "کوئی تقریب شامل کریں",
    buddyUp: "ساتھی سروس: اکیلے نہ جائیں",
    aboutSite: "Stoke Together کے بارے میں",
    accessibility: "رسائی کا بیان",
    privacy: "رازداری کا نوٹس",
    print: "چھاپنے کے لیے شیٹس",
    openData: "اوپن ڈیٹا",
    sitemap: "سائٹ کا نقشہ",
    sources:
      "وارڈز کے نام اور کوڈ: ماخذ Office for National Statistics، Open Government Licence v3.0 کے تحت۔ جگہوں کے مقامات: Historic England اور ہر جگہ کے صفحے پر درج دیگر ذرائع۔",
  },
  languages: {
    label: "زبان",
    current: "یہ صفحہ اردو میں ہے۔",
    writtenIn: (language) => `${language} میں لکھا گیا`,
  },
};
