/** Screens of the security feature: the login view and the users list. */
package cl.clusterminero.gestion.security.ui;
