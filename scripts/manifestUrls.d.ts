/** Types for manifestUrls.js (CommonJS, required by webpack.config.js). */
export interface Deployment {
  baseUrl: string;
  supportUrl: string;
  appDomains: string[];
  configured: boolean;
}
export const DEV_URL: string;
export const DEV_SUPPORT_URL: string;
export function deploymentUrls(env: Record<string, string | undefined>): Deployment;
export function manifestForDeployment(xml: string, deployment: Deployment): string;
