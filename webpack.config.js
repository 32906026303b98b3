// Laid out like Microsoft's React task-pane template (yo office), adapted to run headless and offline.

const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const path = require("path");
const packageJson = require("./package.json");

const { deploymentUrls, manifestForDeployment } = require("./scripts/manifestUrls");

const devServerPort = Number(
  process.env.npm_package_config_dev_server_port || packageJson.config.dev_server_port || 3000,
);

/**
 * The dev server's https options from office-addin-dev-certs, or null when they cannot be had (Linux without sudo, CI):
 * the pane is then served over plain http, which a browser accepts on localhost but Office does not.
 */
async function getHttpsOptions() {
  if (process.env.ORGWRIGHT_DEV_HTTP === "1" || process.env.CI) {
    console.warn("[orgwright] Serving over http: dev certificates are skipped in CI or when ORGWRIGHT_DEV_HTTP=1.");
    return null;
  }
  try {
    const devCerts = require("office-addin-dev-certs");
    const { ca, key, cert } = await devCerts.getHttpsServerOptions();
    return { ca, key, cert };
  } catch (error) {
    const reason = String((error && error.message) || error).split("\n")[0];
    console.warn(`[orgwright] Serving over http: no trusted dev certificate (${reason}).`);
    return null;
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  const httpsOptions = serving ? await getHttpsOptions() : null;
  // Where dist/ is deployed (ORGWRIGHT_PROD_URL, ORGWRIGHT_SUPPORT_URL): the production manifest's URLs.
  const deployment = deploymentUrls(process.env);
  if (!dev && !deployment.configured && !process.env.CI) {
    console.warn("[orgwright] ORGWRIGHT_PROD_URL is not set: dist/manifest.xml keeps the dev server's URLs.");
  }

  return {
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      publicPath: "auto", // relative URLs: dist/ works from any static server and sub-path
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // exceljs's default entry is its Node build; the browser bundle gets its prebuilt, self-contained browser build.
      alias: { exceljs$: path.resolve(__dirname, "node_modules/exceljs/dist/exceljs.min.js") },
    },
    module: {
      noParse: /exceljs[\\/]dist[\\/]exceljs\.min\.js$/,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { onlyCompileBundledFiles: true } },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico|svg)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    plugins: [
      // The page Office loads (office.js in its <head>) and the page for a plain browser (no office.js), served at
      // the root: one bundle, which reads which page it is on from <html data-orgwright-page>.
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/taskpane/index.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext][query]" },
          // Plain ES5, loaded as is before the bundle (never bundled or transpiled): see src/taskpane/hostCheck.js.
          { from: "src/taskpane/hostCheck.js", to: "hostCheck.js" },
          { from: "src/support/support.html", to: "support.html" },
          // The PDF export's fonts and hb-subset, fetched the first time a PDF is exported (src/chart/export/browserFonts.ts).
          {
            from: "node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf",
            to: "export-fonts/NotoSansSC-Regular.ttf",
          },
          {
            from: "node_modules/@expo-google-fonts/noto-sans-sc/600SemiBold/NotoSansSC_600SemiBold.ttf",
            to: "export-fonts/NotoSansSC-SemiBold.ttf",
          },
          { from: "node_modules/harfbuzzjs/dist/harfbuzz-subset.wasm", to: "export-fonts/harfbuzz-subset.wasm" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : manifestForDeployment(content.toString(), deployment);
            },
          },
        ],
      }),
    ],
    // React + Fluent UI (~0.5 MiB) and the lazily loaded exceljs chunk (~0.9 MiB) are large by nature: warn only above that.
    performance: {
      hints: dev ? false : "warning",
      maxEntrypointSize: 1.5 * 1024 * 1024,
      maxAssetSize: 1.5 * 1024 * 1024,
      assetFilter: (file) => file.endsWith(".js"),
    },
    devServer: {
      hot: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: httpsOptions ? { type: "https", options: httpsOptions } : { type: "http" },
      port: devServerPort,
      client: { overlay: { warnings: false } },
    },
  };
};
