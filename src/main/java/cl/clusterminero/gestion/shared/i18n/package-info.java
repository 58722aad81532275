/** Translations: Spanish (Chile) first, English available; every visible text comes from these bundles. */
package cl.clusterminero.gestion.shared.i18n;
