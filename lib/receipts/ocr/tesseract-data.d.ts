// The @tesseract.js-data/<code> packages ship no types; each exports where its traineddata lives.
declare module "@tesseract.js-data/*" {
  const data: { code: string; gzip: boolean; langPath: string };
  export default data;
}
