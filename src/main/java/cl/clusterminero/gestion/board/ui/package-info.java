/** The board's screens: meetings with agenda and resolutions, and each user's own resolutions. */
package cl.clusterminero.gestion.board.ui;
