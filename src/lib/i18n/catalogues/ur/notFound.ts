/** The page shown for an address the site does not have, in Urdu. */
import type { Messages } from "../../types";

export const notFound: Messages["notFound"] = {
  title: "صفحہ نہیں ملا",
  description: "ہمیں Stoke Together پر یہ صفحہ نہیں ملا۔",
  heading: "معاف کیجیے، ہمیں یہ صفحہ نہیں مل رہا",
  lede: "اگر آپ نے پتہ خود لکھا تھا تو دیکھ لیں کہ ہجے ٹھیک ہیں۔ اگر آپ کسی تقریب کے لنک سے یہاں آئے ہیں تو ہو سکتا ہے وہ ختم ہو چکی ہو یا ہٹا دی گئی ہو۔",
  tryHeading: "ان میں سے کچھ دیکھیں",
  links: {
    events: "جو کچھ ہو رہا ہے، سب دیکھیں",
    free: "مفت تقریبات",
    groups: "کمیونٹی گروپ",
    places: "پارک، ملنے کی جگہیں اور دوسری جگہیں",
    services: "مقامی خدمات",
  },
  townsHeading: "آپ کے قصبے میں کیا ہو رہا ہے",
};
