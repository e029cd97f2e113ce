import classes from './SkipLink.module.css';

export const MAIN_CONTENT_ID = 'contenu';

/**
 * First stop of the Tab key. The app uses hash routing, so a plain `#contenu`
 * link would change the route: the link moves the focus itself.
 */
export function SkipLink() {
  return (
    <a
      className={classes.skip}
      href={`#${MAIN_CONTENT_ID}`}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(MAIN_CONTENT_ID)?.focus();
      }}
    >
      Aller au contenu
    </a>
  );
}
