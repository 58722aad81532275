/** Browser journeys: Playwright in Debian's Chromium against the production jar, with screenshots of each view. */
package cl.clusterminero.gestion.e2e;
