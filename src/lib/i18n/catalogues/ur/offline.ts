/** The words for using the site with no signal, in Urdu. */
import type { Messages } from "../../types";

export const offline: Messages["offline"] = {
  title: "آپ آف لائن ہیں",
  description: "جب انٹرنیٹ نہ ہو تو Stoke Together پر کیا کھلتا ہے۔",
  heading: "آپ آف لائن ہیں",
  lede: "یہ صفحہ ابھی آپ کے فون یا کمپیوٹر پر محفوظ نہیں ہوا، اس لیے یہ انٹرنیٹ کے بغیر نہیں کھل سکتا۔",
  whatWorks:
    "جو صفحے آپ پہلے کھول چکے ہیں، اور آپ کی فہرست کے اندراج، سگنل کے بغیر بھی کھلتے ہیں۔ ہر صفحے پر لکھا ہوتا ہے کہ وہ کب محفوظ ہوا تھا۔",
  tryAgain: "سگنل واپس آ جائے تو یہ صفحہ دوبارہ کھولیں۔",
  homeLink: "پہلے صفحے پر جائیں",
  notice: (day: string, time: string) => `آپ آف لائن ہیں۔ یہ صفحہ ${day} کو ${time} بجے محفوظ ہوا تھا۔`,
  slowNotice: (day: string, time: string) =>
    `سگنل کمزور ہے، اس لیے یہ وہ صفحہ ہے جو ${day} کو ${time} بجے محفوظ ہوا تھا۔`,
  retry: "تازہ صفحہ کھولنے کی دوبارہ کوشش کریں",
};
