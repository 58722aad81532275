/** Small UI pieces every feature's views share: field validation with translated messages, notifications, popovers built on demand. */
package cl.clusterminero.gestion.shared.ui;
