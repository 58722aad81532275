/** Screens of the security feature: login, password change, the users list with its dialog, and the audit log. */
package cl.clusterminero.gestion.security.ui;
