export interface PopupFooterProps {
  openOptions(): void;
}

export function PopupFooter({ openOptions }: PopupFooterProps) {
  return (
    <footer>
      <button type="button" class="link" onClick={openOptions}>
        Watched shows &amp; settings
      </button>
      <p class="credit">
        Show data from{' '}
        <a href="https://www.tvmaze.com/" target="_blank" rel="noopener noreferrer">
          TVmaze
        </a>
      </p>
    </footer>
  );
}
