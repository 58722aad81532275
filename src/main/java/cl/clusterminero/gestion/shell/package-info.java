/** The application's frame: session set-up (language, error handling), main layout, home and error pages. */
package cl.clusterminero.gestion.shell;
