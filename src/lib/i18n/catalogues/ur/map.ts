/** جگہوں کا نقشہ، ہر قسم کی جگہ کا اپنا صفحہ۔ */
import { plural } from "../../plural";
import type { Messages } from "../../types";

export const map: Messages["map"] = {
  title: "جگہوں کا نقشہ",
  kindTitle: (kind) => `نقشہ: ${kind}`,
  description: "اسٹوک آن ٹرینٹ بھر کے پارک، سبزہ زار، لائبریریاں، کمیونٹی سینٹر، عجائب گھر اور ہال، نقشے پر۔",
  places: "جگہیں",
  count: (places, unplaced) =>
    plural("ur", places, { one: "# جگہ", other: "# جگہیں" }) +
    (unplaced > 0
      ? plural("ur", unplaced, {
          one: "؛ # جگہ کا مستند مقام معلوم نہیں، اس لیے وہ صرف فہرست میں ہے",
          other: "؛ # جگہوں کا مستند مقام معلوم نہیں، اس لیے وہ صرف فہرست میں ہیں",
        })
      : "") +
    "۔",
  kinds: "ایک قسم کی جگہیں دکھائیں",
  all: "تمام جگہیں",
  caption: (pins) =>
    plural("ur", pins, {
      one: "نقشہ وہ # جگہ دکھاتا ہے جس کا مقام معلوم ہے؛ فہرست میں ہر جگہ موجود ہے۔",
      other: "نقشہ وہ # جگہیں دکھاتا ہے جن کا مقام معلوم ہے؛ فہرست میں ہر جگہ موجود ہے۔",
    }),
  list: "فہرست",
  kindIn: (kind, town) => `${kind}، ${town} میں`,
  noPosition: "نقشے پر مقام ابھی معلوم نہیں",
  controls: {
    zoomIn: "قریب کریں",
    zoomOut: "دور کریں",
    listings: { one: "{where}: # اندراج", other: "{where}: # اندراجات" },
    cluster: {
      one: "یہاں # اندراج ہے؛ قریب سے دیکھنے کے لیے Enter دبائیں",
      other: "یہاں # اندراجات ہیں؛ قریب سے دیکھنے کے لیے Enter دبائیں",
    },
  },
};
