/** The notification screens: a user's mail preferences, the unsubscribe page and the admin's outbox. */
package cl.clusterminero.gestion.notification.ui;
