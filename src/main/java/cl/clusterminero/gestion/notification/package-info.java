/** E-mail notifications: an outbox written with the change that causes it, a scheduled sender, preferences. */
package cl.clusterminero.gestion.notification;
