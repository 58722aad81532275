/** The screens every user shares: the main layout with its role-filtered navigation, home and error views. */
package cl.clusterminero.gestion.shell.ui;
