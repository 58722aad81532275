/** Small UI pieces every feature's views share: field validation with translated messages, notifications. */
package cl.clusterminero.gestion.shared.ui;
